#!/usr/bin/env bash
# Times `smartregion compare -f csv` for N = 10,000 and 100,000 synthetic answer files against a floor measured in
# the same run: the same files only parsed by Jackson into a tree and discarded, on as many threads, with the same
# JVM options. Prints per N the median wall times, their ratio and the peak resident memory of each.
#
# Usage: bench/compare.sh [ROUNDS_10K] [ROUNDS_100K]      (defaults 5 and 3; data is kept in bench/data)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds_small=${1:-5}
rounds_large=${2:-3}
# the launcher's default JVM options (see ./smartregion), so that both sides run on the same JVM settings
jvm_opts=${SMARTREGION_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx384m}

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time for peak-memory figures" >&2
  apt-get install -y -qq time >/dev/null
fi
./smartregion --version >/dev/null            # builds the jar when missing or stale
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp target/smartregion.jar bench/GenerateAnswers.java bench/ParseFloor.java

median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'; }

run() { # command...: prints "seconds kilobytes" of its wall time and peak resident memory
  /usr/bin/time -f "%e %M" -o "$classes/time.txt" "$@" >/dev/null 2>&1
  cat "$classes/time.txt"
}

for n in 10000 100000; do
  data=bench/data/$n
  if [ ! -f "$data/.complete" ]; then
    rm -rf "$data"
    java -cp "target/smartregion.jar:$classes" GenerateAnswers "$n" "$data"
    touch "$data/.complete"
  fi
  rounds=$rounds_small
  [ "$n" -gt 10000 ] && rounds=$rounds_large
  floor_t=(); floor_m=(); cmp_t=(); cmp_m=()
  for ((r = 1; r <= rounds; r++)); do
    # alternate the order so that neither side always runs on a warmer page cache
    if ((r % 2)); then order="floor compare"; else order="compare floor"; fi
    for side in $order; do
      if [ "$side" = floor ]; then
        # shellcheck disable=SC2086
        read -r t m < <(run java $jvm_opts -cp "target/smartregion.jar:$classes" ParseFloor "$data")
        floor_t+=("$t"); floor_m+=("$m")
      else
        read -r t m < <(run ./smartregion compare "$data" -f csv -o /tmp/smartregion-bench.csv)
        cmp_t+=("$t"); cmp_m+=("$m")
      fi
    done
  done
  ft=$(printf '%s\n' "${floor_t[@]}" | median)
  ct=$(printf '%s\n' "${cmp_t[@]}" | median)
  fm=$(printf '%s\n' "${floor_m[@]}" | sort -n | tail -1)
  cm=$(printf '%s\n' "${cmp_m[@]}" | sort -n | tail -1)
  printf 'N=%-6s rounds=%d  floor median %6.2f s (peak %4d MB)  compare median %6.2f s (peak %4d MB)  ratio %.2f\n' \
    "$n" "$rounds" "$ft" $((fm / 1024)) "$ct" $((cm / 1024)) "$(awk -v c="$ct" -v f="$ft" 'BEGIN { print c / f }')"
  echo "  floor runs:   ${floor_t[*]}"
  echo "  compare runs: ${cmp_t[*]}"
done
rm -f /tmp/smartregion-bench.csv
