"""Re-dumps every answer file under SRC into DEST in the YAML style STYLE (see bench/compare-styles.sh):
pyyaml-default (yaml.dump), pyyaml-unicode (safe_dump, UTF-8, file order) or ruamel-default (PyYAML's emitter with
what we take for ruamel.yaml's round-trip defaults; ruamel itself is not installable here), each with -crlf for CRLF
line endings. The same dumps as bench/yaml-styles.sh writes for YamlStylesTest.

STYLE init fills in the file `smartregion init` wrote (SKELETON) as a person does: each answer typed after its
question's colon, on that line, in flow style; the municipality's lines filled and its optional ones uncommented;
every comment kept.

Usage: python3 bench/restyle.py SRC DEST STYLE [SKELETON]
"""
import os
import sys
from multiprocessing import Pool

import yaml

Loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)  # loading only: the dump is PyYAML's own emitter


class RuamelLike(yaml.SafeDumper):
    pass


RuamelLike.add_representer(type(None), lambda d, _: d.represent_scalar('tag:yaml.org,2002:null', ''))


def flow(value):
    """A value as a person types it on one line."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10 ** 9)
    return text.removesuffix('\n').removesuffix('\n...').strip()


def fill_in(data, skeleton):
    m = data['municipality']
    answers = data['answers']
    out = []
    in_answers = False
    for line in skeleton.split('\n'):
        stripped = line.strip()
        if line.startswith('answers:'):
            in_answers = True
        elif line.startswith('  id: '):
            line = '  id: ' + flow(str(m['id']))
        elif line.startswith('  name: '):
            line = '  name: ' + flow(m['name'])
        elif stripped.startswith('# ') and stripped[2:].split(':')[0] in ('state', 'type', 'population') \
                and not in_answers:
            key = stripped[2:].split(':')[0]
            if key in m:
                line = '  ' + key + ': ' + flow(m[key])
        elif line.startswith('period: '):
            comment = line.find('   #')
            line = 'period: ' + flow(str(data['period'])) + (line[comment:] if comment >= 0 else '')
        elif in_answers and line.startswith('  ') and not stripped.startswith('#') and line.endswith(':'):
            key = stripped[:-1]
            if key in answers:
                line = line + ' ' + flow(answers[key])
        out.append(line)
    return '\n'.join(out)


def dump(data, style, skeleton=None):
    if style == 'init':
        return fill_in(data, skeleton)
    if style == 'pyyaml-default':
        return yaml.dump(data)
    if style == 'pyyaml-unicode':
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if style == 'ruamel-default':
        return yaml.dump(data, Dumper=RuamelLike, allow_unicode=True, sort_keys=False, default_flow_style=False,
                         width=80)
    raise SystemExit('unknown style ' + style)


def restyle(job):
    src, dest, style, skeleton = job
    with open(src, encoding='utf-8') as f:
        data = yaml.load(f, Loader=Loader)
    crlf = style.endswith('-crlf')
    text = dump(data, style[:-5] if crlf else style, skeleton)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, 'w', encoding='utf-8', newline='\r\n' if crlf else '\n') as f:
        f.write(text)


def main():
    src_root, dest_root, style = sys.argv[1:4]
    skeleton = None
    if len(sys.argv) > 4:
        with open(sys.argv[4], encoding='utf-8') as f:
            skeleton = f.read()
    jobs = []
    for folder, _, names in os.walk(src_root):
        for name in sorted(names):
            if name.endswith('.yaml'):
                src = os.path.join(folder, name)
                jobs.append((src, os.path.join(dest_root, os.path.relpath(src, src_root)), style, skeleton))
    with Pool() as pool:
        pool.map(restyle, jobs, chunksize=64)


if __name__ == '__main__':
    main()
