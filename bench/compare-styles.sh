#!/usr/bin/env bash
# Times `smartregion compare -f csv` on the same 10,000 synthetic answer files written in each YAML style people and
# tools write, each against the Jackson parse-only floor on the very same files (bench/ParseFloor.java), in one run:
# the project's generator (bench/GenerateAnswers.java), PyYAML's yaml.dump and safe_dump, the ruamel-like dump, the
# file `smartregion init` writes filled in as a person does (bench/restyle.py), the files of the survey and of the
# workbook import, written by the tool's own writer (bench/RewriteAsImport.java), each also with CRLF line endings.
# Prints per style the median wall times, their ratio against the 1.15 target, and how many of its files the fast
# reader takes (bench/fastpath/…/FastPathShare.java): the others are read by the full parser, correctly and slower.
#
# Usage: bench/compare-styles.sh [ROUNDS] [N]      (defaults 3 and 10000; needs python3 with PyYAML; data is kept
#                                                   in bench/data/styles)
#        STYLES="init import-survey" bench/compare-styles.sh     (only the styles named)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
n=${2:-10000}
jvm_opts=${SMARTREGION_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx384m}
styles=${STYLES:-generator generator-crlf pyyaml-default pyyaml-default-crlf pyyaml-unicode pyyaml-unicode-crlf
        ruamel-default ruamel-default-crlf init init-crlf import-survey import-survey-crlf import-workbook
        import-workbook-crlf}

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time for peak-memory figures" >&2
  apt-get install -y -qq time >/dev/null
fi
./smartregion --version >/dev/null            # builds the jar when missing or stale
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp target/smartregion.jar bench/GenerateAnswers.java bench/ParseFloor.java bench/RewriteAsImport.java \
  bench/fastpath/de/smartregion/input/FastPathShare.java

median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'; }

run() { # command...: prints "seconds kilobytes" of its wall time and peak resident memory
  /usr/bin/time -f "%e %M" -o "$classes/time.txt" "$@" >/dev/null 2>&1
  cat "$classes/time.txt"
}

base=bench/data/styles/$n
for style in generator $styles; do
  data=$base/$style
  [ -f "$data/.complete" ] && continue
  rm -rf "$data"
  case $style in
    generator) java -cp "target/smartregion.jar:$classes" GenerateAnswers "$n" "$data" ;;
    init|init-crlf)
      [ -f "$classes/skeleton.yaml" ] || ./smartregion init --quiet --period 2026 -o "$classes/skeleton.yaml" --schema none
      python3 bench/restyle.py "$base/generator" "$data" "$style" "$classes/skeleton.yaml" ;;
    import-*) java -cp "target/smartregion.jar:$classes" RewriteAsImport "$base/generator" "$data" "$style" ;;
    generator-crlf)
      for f in $(cd "$base/generator" && find . -name '*.yaml'); do
        mkdir -p "$data/$(dirname "$f")"
        sed 's/$/\r/' "$base/generator/$f" > "$data/$f"
      done ;;
    *) python3 bench/restyle.py "$base/generator" "$data" "$style" ;;
  esac
  touch "$data/.complete"
done

printf '%-22s %12s %14s %6s %-8s %10s  %s\n' style "floor median" "compare median" ratio "<= 1.15" "peak RSS" \
  "fast reader"
for style in $styles; do
  data=$base/$style
  floor_t=(); cmp_t=(); cmp_m=()
  for ((r = 1; r <= rounds; r++)); do
    # alternate the order so that neither side always runs on a warmer page cache
    if ((r % 2)); then order="floor compare"; else order="compare floor"; fi
    for side in $order; do
      if [ "$side" = floor ]; then
        # shellcheck disable=SC2086
        read -r t m < <(run java $jvm_opts -cp "target/smartregion.jar:$classes" ParseFloor "$data")
        floor_t+=("$t")
      else
        read -r t m < <(run ./smartregion compare "$data" -f csv -o "$classes/out.csv")
        cmp_t+=("$t"); cmp_m+=("$m")
      fi
    done
  done
  ft=$(printf '%s\n' "${floor_t[@]}" | median)
  ct=$(printf '%s\n' "${cmp_t[@]}" | median)
  cm=$(printf '%s\n' "${cmp_m[@]}" | sort -n | tail -1)
  ratio=$(awk -v c="$ct" -v f="$ft" 'BEGIN { printf "%.2f", c / f }')
  verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.15) ? "met" : "NOT MET" }')
  # the files the fast reader takes; the rest the full parser reads, correctly and slower
  fast=$(java -cp "target/smartregion.jar:$classes" de.smartregion.input.FastPathShare "$data")
  printf '%-22s %10.2f s %12.2f s %6.2f %-8s %7d MB  %s   (floor %s; compare %s)\n' "$style" "$ft" "$ct" \
    "$ratio" "$verdict" $((cm / 1024)) "$fast" "${floor_t[*]}" "${cmp_t[*]}"
done
