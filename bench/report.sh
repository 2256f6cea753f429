#!/usr/bin/env bash
# The figures of `smartregion report` and of a single run, each beside its floor, measured in one run (medians of
# alternating rounds; peak resident memory by GNU time; start-up by hyperfine):
#   1. report -f html,json for 1,000 municipalities against compare on the same files      target ratio <= 3
#   2. report -f pdf, seconds per report amortised over 200 municipalities                   target <= 0.5 s
#   3. peak memory of report -f html,json for 1,000 and 10,000 municipalities               target within 20 %, <= 512 MiB
#   4. a single assess -f pdf of the bundled example                                         target <= 1.5 s
#   5. start-up of assess -f md|html|json against a hello-world JVM with the same options    target ratio <= 6
#   6. with LARGE=1, 100,000 municipalities through compare and through report -f json: time and peak memory
# Data: bench/GenerateAnswers.java (fixed seed), kept in bench/data. Every figure is printed with its target and
# whether it is met.
#
# Usage: bench/report.sh [ROUNDS]      (default 3; needs GNU time and hyperfine, both Debian packages)
#        SECTIONS=6 LARGE=1 bench/report.sh     (only the figures named; default SECTIONS=12345)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
sections=${SECTIONS:-12345}
for tool in time hyperfine; do
  if ! command -v "$tool" >/dev/null || { [ "$tool" = time ] && [ ! -x /usr/bin/time ]; }; then
    echo "installing $tool" >&2
    apt-get install -y -qq "$tool" >/dev/null
  fi
done
./smartregion --version >/dev/null            # builds the jar when missing or stale
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp target/smartregion.jar bench/GenerateAnswers.java
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  > "$work/Hello.java"
javac -d "$work" "$work/Hello.java"

median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'; }
run() { # command...: prints "seconds kilobytes" of its wall time and peak resident memory
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
  cat "$work/time.txt"
}
data() { # N: a directory of N generated answer files
  local d=bench/data/$1
  if [ ! -f "$d/.complete" ]; then
    rm -rf "$d"
    java -cp "target/smartregion.jar:$work" GenerateAnswers "$1" "$d" >/dev/null
    touch "$d/.complete"
  fi
  echo "$d"
}
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "met" : "NOT MET" }'; }

if [[ $sections == *1* ]]; then
# 1. report against compare, alternating
d1000=$(data 1000)
cmp_t=(); rep_t=()
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2)); then order="compare report"; else order="report compare"; fi
  for side in $order; do
    rm -rf "$work/out"
    if [ "$side" = compare ]; then
      read -r t _ < <(run ./smartregion compare "$d1000" -f csv -o "$work/comparison.csv"); cmp_t+=("$t")
    else
      read -r t _ < <(run ./smartregion report "$d1000" -f html,json -o "$work/out"); rep_t+=("$t")
    fi
  done
done
ct=$(printf '%s\n' "${cmp_t[@]}" | median)
rt=$(printf '%s\n' "${rep_t[@]}" | median)
ratio=$(awk -v r="$rt" -v c="$ct" 'BEGIN { printf "%.2f", r / c }')
printf '1. report html+json, 1,000: %6.2f s   compare: %6.2f s   ratio %s (target <= 3): %s   (report %s; compare %s)\n' \
  "$rt" "$ct" "$ratio" "$(verdict "$ratio" 3)" "${rep_t[*]}" "${cmp_t[*]}"
fi

if [[ $sections == *2* ]]; then
# 2. PDF amortised over 200 reports
d200=$(data 200)
pdf_t=()
for ((r = 1; r <= rounds; r++)); do
  rm -rf "$work/out"
  read -r t _ < <(run ./smartregion report "$d200" -f pdf -o "$work/out"); pdf_t+=("$t")
done
pt=$(printf '%s\n' "${pdf_t[@]}" | median)
per=$(awk -v t="$pt" 'BEGIN { printf "%.3f", t / 200 }')
printf '2. report pdf, 200: %6.2f s, %s s per report (target <= 0.5): %s   (runs %s)\n' "$pt" "$per" \
  "$(verdict "$per" 0.5)" "${pdf_t[*]}"
fi

if [[ $sections == *3* ]]; then
# 3. memory flat in N
d1000=$(data 1000)
d10000=$(data 10000)
rm -rf "$work/out"; read -r t1 m1 < <(run ./smartregion report "$d1000" -f html,json -o "$work/out")
rm -rf "$work/out"; read -r t2 m2 < <(run ./smartregion report "$d10000" -f html,json -o "$work/out")
rm -rf "$work/out"
growth=$(awk -v a="$m1" -v b="$m2" 'BEGIN { printf "%.2f", b / a }')
printf '3. peak memory, report html+json: 1,000 %d MiB (%.1f s), 10,000 %d MiB (%.1f s); 10,000 / 1,000 = %s (target <= 1.20): %s; at most 512 MiB: %s\n' \
  $((m1 / 1024)) "$t1" $((m2 / 1024)) "$t2" "$growth" "$(verdict "$growth" 1.20)" "$(verdict $((m2 / 1024)) 512)"
fi

if [[ $sections == *4* || $sections == *5* ]]; then
# 4. a single PDF, 5. start-up: hyperfine, one run, each command after a warm-up
hyperfine -N --warmup 2 --runs $((rounds * 5)) --export-json "$work/single.json" \
  "./smartregion assess examples/musterstadt-2026.yaml -f pdf -o $work/one.pdf" \
  "./smartregion assess examples/musterstadt-2026.yaml -f md -o $work/one.md" \
  "./smartregion assess examples/musterstadt-2026.yaml -f html -o $work/one.html" \
  "./smartregion assess examples/musterstadt-2026.yaml -f json -o $work/one.json" \
  "java -XX:+UseSerialGC -Xms64m -Xmn40m -Xmx384m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -Xshare:auto -cp $work Hello" \
  >/dev/null 2>&1
python3 - "$work/single.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
m = [x["median"] for x in r]
ok = lambda v, t: "met" if v <= t else "NOT MET"
print(f"4. assess -f pdf: {m[0]:.2f} s (target <= 1.5): {ok(m[0], 1.5)}")
for name, v in zip(["md", "html", "json"], m[1:4]):
    print(f"5. assess -f {name}: {v:.3f} s, hello-world JVM {m[4]:.3f} s, ratio {v / m[4]:.1f} (target <= 6): {ok(v / m[4], 6)}")
PY
fi

# 6. 100,000 municipalities, one run each
if [ "${LARGE:-0}" = 1 ] && [[ $sections == *6* ]]; then
  d100k=$(data 100000)
  read -r t m < <(run ./smartregion compare "$d100k" -f csv -o "$work/comparison.csv")
  printf '6. compare, 100,000: %.1f s, peak %d MiB\n' "$t" $((m / 1024))
  rm -rf "$work/out"; read -r t m < <(run ./smartregion report "$d100k" -f json -o "$work/out"); rm -rf "$work/out"
  printf '6. report json, 100,000: %.1f s, peak %d MiB\n' "$t" $((m / 1024))
fi
