#!/usr/bin/env bash
# Start-up benchmark, in one run and interleaved: the launcher (CDS archive, short-run JVM options) against plain
# `java -jar target/smartregion.jar` and against a hello-world JVM, each doing its job RUNS times (default 10).
# Job: assess the example into an HTML report. Prints medians and the ratios.
#
# Usage: bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
job=(assess examples/musterstadt-2026.yaml -f html -o /tmp/smartregion-startup.html)
classes=$(mktemp -d)
trap 'rm -rf "$classes" /tmp/smartregion-startup.html' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  > "$classes/Hello.java"
javac -d "$classes" "$classes/Hello.java"
./smartregion "${job[@]}" 2>/dev/null     # builds the jar and the CDS archive on first use

now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f", m }'; }

launcher=(); plain=(); hello=()
for ((i = 0; i < runs; i++)); do
  s=$(now); ./smartregion "${job[@]}" >/dev/null 2>&1; launcher+=("$(awk -v s="$s" -v e="$(now)" 'BEGIN { print (e - s) / 1e9 }')")
  s=$(now); java -jar target/smartregion.jar "${job[@]}" >/dev/null 2>&1; plain+=("$(awk -v s="$s" -v e="$(now)" 'BEGIN { print (e - s) / 1e9 }')")
  s=$(now); java -cp "$classes" Hello >/dev/null; hello+=("$(awk -v s="$s" -v e="$(now)" 'BEGIN { print (e - s) / 1e9 }')")
done
l=$(printf '%s\n' "${launcher[@]}" | median)
p=$(printf '%s\n' "${plain[@]}" | median)
h=$(printf '%s\n' "${hello[@]}" | median)
echo "runs=$runs  launcher ${l} s  plain java -jar ${p} s  hello-world JVM ${h} s"
awk -v l="$l" -v p="$p" -v h="$h" 'BEGIN { printf "launcher / plain = %.2f   launcher / hello = %.1f\n", l / p, l / h }'
