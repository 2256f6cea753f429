#!/usr/bin/env bash
# Writes the answer files of src/test/resources/yaml-styles/: a few bundled examples (and tool outputs) in every
# YAML style people and tools write, each also with CRLF line endings. YamlStylesTest reads them; CI has no PyYAML,
# so they are committed. Needs python3 with PyYAML (6.0) and a built ./smartregion. Run from the repository root:
#   bash bench/yaml-styles.sh
set -euo pipefail
out=src/test/resources/yaml-styles
examples="examples/musterstadt-2026.yaml examples/erlenried-2025.yaml examples/musterstadt-2026-citizens.yaml"
for style in generator pyyaml-default pyyaml-unicode ruamel-default init init-filled import-survey import-workbook; do
    rm -rf "$out/$style" "$out/$style-crlf"
    mkdir -p "$out/$style"
done

# the project's own generator (bench/GenerateAnswers.java), as the compare benchmark writes its files
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -cp target/smartregion.jar bench/GenerateAnswers.java 3 "$tmp/gen"
cp "$tmp"/gen/000/m00000{0,1,2}.yaml "$out/generator/"

python3 - "$out" $examples <<'PY'
import os, sys, yaml
out, examples = sys.argv[1], sys.argv[2:]

class RuamelLike(yaml.SafeDumper):
    """ruamel.yaml's round-trip dump of new data, imitated (ruamel is not installable here): PyYAML's emitter,
    which ruamel forked, with ruamel's defaults: keys in insertion order, allow_unicode, width 80, block style,
    indent mapping=2 sequence=2 offset=0 (a sequence's "- " at its key's column) and None written as nothing."""

RuamelLike.add_representer(type(None), lambda d, _: d.represent_scalar('tag:yaml.org,2002:null', ''))

for path in examples:
    with open(path, encoding='utf-8') as f:
        data = yaml.safe_load(f)
    name = os.path.basename(path)
    dumps = {
        # yaml.dump with every default: sorted keys, non-ASCII escaped in double quotes, lines folded at 80
        'pyyaml-default': yaml.dump(data),
        # what most scripts write: safe_dump, keys in file order, UTF-8 kept
        'pyyaml-unicode': yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
        'ruamel-default': yaml.dump(data, Dumper=RuamelLike, allow_unicode=True, sort_keys=False,
                                    default_flow_style=False, width=80),
    }
    for style, text in dumps.items():
        with open(os.path.join(out, style, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
PY

# the generator's files in those styles too, as bench/compare-styles.sh times them
for style in pyyaml-default pyyaml-unicode ruamel-default; do
    python3 bench/restyle.py "$tmp/gen/000" "$out/$style" "$style"
done

# smartregion init: German for the administration, English for the citizens
./smartregion init --quiet --period 2026 -o "$out/init/init-de-administration.yaml" --schema none
./smartregion init --quiet --period 2026 --lang en --role citizens -o "$out/init/init-en-citizens.yaml" --schema none
# the German one filled in with the generator's answers as a person does, as bench/compare-styles.sh times 10,000
python3 bench/restyle.py "$tmp/gen/000" "$out/init-filled" init "$out/init/init-de-administration.yaml"

# smartregion import of the survey-tool exports the tests use, and of a filled-in workbook (de.xlsx: the German
# cells of WorkbookTest plus two notes longer than a line, filled by the tests' WorkbookFiller)
q=src/test/resources/workbook/bilingual.yaml
tools=src/test/resources/survey/tools
./smartregion import --quiet "$tools/limesurvey.csv" -q $q --map "$tools/limesurvey-map.yaml" --municipality 09162000 \
    --period 2026 --schema none -o "$tmp/lime"
./smartregion import --quiet "$tools/google-forms.csv" -q $q --role citizens --municipality 09162000 --period 2026 \
    --schema none -o "$tmp/google"
cp "$tmp"/lime/*.yaml "$out/import-survey/"
for f in "$tmp"/google/*.yaml; do cp "$f" "$out/import-survey/google-$(basename "$f")"; done
./smartregion import --quiet "$out/import-workbook-source/de.xlsx" -q $q --schema none -o "$tmp/wb"
cp "$tmp"/wb/*.yaml "$out/import-workbook/"

# every style again with CRLF line endings
for style in generator pyyaml-default pyyaml-unicode ruamel-default init init-filled import-survey import-workbook; do
    mkdir -p "$out/$style-crlf"
    for f in "$out/$style"/*.yaml; do
        sed 's/$/\r/' "$f" > "$out/$style-crlf/$(basename "$f")"
    done
done
