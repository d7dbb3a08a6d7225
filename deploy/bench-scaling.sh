#!/usr/bin/env bash
# Throughput of one fixed sweep on local[1], local[2] and a 2-worker standalone cluster on 127.0.0.1,
# all through spark-submit with the same packaged jar; prints a Markdown table.
#
# usage: deploy/bench-scaling.sh [--spec FILE] [--workers N]
#   --spec     the sweep (default sweeps/bench-scaling.yaml)
#   --workers  workers of one core each in the cluster run (default 2)
# Columns: "job s" is the driver's own measure at the end of `run` (job submission to its end; on
# the cluster this includes launching the executors), "trials/s" = trials / job s; "span s" is first
# trial start to last trial end in the runs table, "steady trials/s" = trials / span s (executor
# start-up and the driver's bookkeeping excluded); "end to end s" is the whole spark-submit process.
# "kernel s" is the summed time inside the kernels: it should not grow with the slots; when it does,
# other processes were competing for the cores and the speed-ups understate the scaling.
# Each run writes a fresh output directory; everything is removed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/standalone/lib.sh"

spec="$RFSWEEP_ROOT/sweeps/bench-scaling.yaml" workers=2
while (($#)); do
  case "$1" in
    --spec) spec="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
[[ -f "$spec" ]] || die "no spec $spec"
spec="$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")"
ensure_built

work="$(mktemp -d "${TMPDIR:-/tmp}/rfsweep-bench.XXXXXX")"
cleanup() {
  "$here/standalone/stop-cluster.sh" --state-dir "$work/cluster" --timeout 20 >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# bench LABEL SLOTS [--master URL]: runs the sweep, appends "label slots trials job_s wall_s".
results=()
bench() {
  # no glob characters in paths: Spark reads the tables back through Hadoop, which expands them
  local label="$1" slots="$2" name="${1//[^a-z0-9-]/_}"
  local log="$work/$name.log"
  shift 2
  local t0 t1
  t0="$(date +%s.%N)"
  if ! timeout 1800 "$here/standalone/submit.sh" --state-dir "$work/cluster" "$@" -- \
      run "$spec" --out "$work/out-$name" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "the $label run failed (log above)"
  fi
  t1="$(date +%s.%N)"
  local line trials job kernel
  line="$(grep -E '[0-9]+ trials run .* in [0-9.]+ s on [0-9]+ slots' "$log" | tail -n 1)" \
    || die "no run summary in $log"
  trials="$(grep -oE '[0-9]+ trials run' <<<"$line" | grep -oE '^[0-9]+')"
  job="$(grep -oE ' in [0-9.]+ s on ' <<<"$line" | grep -oE '[0-9.]+')"
  kernel="$(grep -oE 'kernel time [0-9.]+ s' <<<"$line" | grep -oE '[0-9.]+')"
  local span
  span="$("$here/standalone/submit.sh" --state-dir "$work/cluster" --master "local[1]" -- sql --csv \
    --out "$work/out-$name" \
    "SELECT (unix_micros(max(finished)) - unix_micros(min(started))) / 1e6 AS span FROM runs" 2>>"$log" | tail -n 1)"
  [[ "$span" =~ ^[0-9.]+$ ]] || die "could not read the run span of $label (got '$span'; see $log)"
  results+=("$label $slots $trials $kernel $job $span $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')")
  echo "$label: $line" >&2
}

bench "local[1]" 1 --master "local[1]"
bench "local[2]" 2 --master "local[2]"
"$here/standalone/start-cluster.sh" --state-dir "$work/cluster" --workers "$workers" --cores 1 >/dev/null
bench "standalone-${workers}x1" "$workers"

echo "| master | slots | trials | kernel s | job s | trials/s | speed-up | span s | steady trials/s | steady speed-up | end to end s |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
base="" sbase=""
for r in "${results[@]}"; do
  read -r label slots trials kernel job span wall <<<"$r"
  rate="$(awk -v n="$trials" -v s="$job" 'BEGIN{printf "%.2f", n/s}')"
  steady="$(awk -v n="$trials" -v s="$span" 'BEGIN{printf "%.2f", n/s}')"
  base="${base:-$rate}" sbase="${sbase:-$steady}"
  printf '| %s | %s | %s | %s | %s | %s | %s | %.1f | %s | %s | %s |\n' "$label" "$slots" "$trials" "$kernel" "$job" "$rate" \
    "$(awk -v r="$rate" -v b="$base" 'BEGIN{printf "%.2f", r/b}')" "$span" "$steady" \
    "$(awk -v r="$steady" -v b="$sbase" 'BEGIN{printf "%.2f", r/b}')" "$wall"
done
echo "(speed-ups relative to local[1]; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
