"""Re-dumps every answer file under SRC into DEST in the YAML style STYLE (see bench/compare-styles.sh):
pyyaml-default (yaml.dump), pyyaml-unicode (safe_dump, UTF-8, file order) or ruamel-default (PyYAML's emitter with
what we take for ruamel.yaml's round-trip defaults; ruamel itself is not installable here), each with -crlf for CRLF
line endings. The same dumps as bench/yaml-styles.sh writes for YamlStylesTest.

Usage: python3 bench/restyle.py SRC DEST STYLE
"""
import os
import sys
from multiprocessing import Pool

import yaml

Loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)  # loading only: the dump is PyYAML's own emitter


class RuamelLike(yaml.SafeDumper):
    pass


RuamelLike.add_representer(type(None), lambda d, _: d.represent_scalar('tag:yaml.org,2002:null', ''))


def dump(data, style):
    if style == 'pyyaml-default':
        return yaml.dump(data)
    if style == 'pyyaml-unicode':
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if style == 'ruamel-default':
        return yaml.dump(data, Dumper=RuamelLike, allow_unicode=True, sort_keys=False, default_flow_style=False,
                         width=80)
    raise SystemExit('unknown style ' + style)


def restyle(job):
    src, dest, style = job
    with open(src, encoding='utf-8') as f:
        data = yaml.load(f, Loader=Loader)
    crlf = style.endswith('-crlf')
    text = dump(data, style[:-5] if crlf else style)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, 'w', encoding='utf-8', newline='\r\n' if crlf else '\n') as f:
        f.write(text)


def main():
    src_root, dest_root, style = sys.argv[1:4]
    jobs = []
    for folder, _, names in os.walk(src_root):
        for name in sorted(names):
            if name.endswith('.yaml'):
                src = os.path.join(folder, name)
                jobs.append((src, os.path.join(dest_root, os.path.relpath(src, src_root)), style))
    with Pool() as pool:
        pool.map(restyle, jobs, chunksize=64)


if __name__ == '__main__':
    main()
