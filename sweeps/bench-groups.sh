#!/usr/bin/env bash
# Per-trial steps/s of lockstep groups (issue 13 item 3) next to the C yardstick, side by side
# in one run (like ../shared/bench/side-by-side.sh). Run from the project root after a package
# build. Prints, per sweep, the median runs-table steps_per_second over the trials of every group
# but the first to start (the JIT warm-up), and the C step measured before and after.
# A grouped trial's steps_per_second is its steps over an equal share of its group's wall time.
set -u
bin=${CLIMIT:-${TMPDIR:-/tmp}/rfsweep-climit}   # built by ../shared/bench/side-by-side.sh
tmp=$(mktemp -d)
climit() { "$bin" b 8 1 400000 | awk '/^RESULT/{for(i=1;i<=NF;i++) if($i ~ /^wall_steps\/s=/){split($i,a,"=");print a[2]}}'; }
c1=$(climit)
for s in ${SWEEPS:-single gain lr width}; do
  ./rfsweep run "sweeps/bench-groups-$s.yaml" --out "$tmp/out-$s" --master 'local[1]' >"$tmp/log-$s" 2>&1 \
    || { tail -3 "$tmp/log-$s"; echo "rfsweep run failed"; exit 1; }
  ./rfsweep sql --out "$tmp/out-$s" --csv "SELECT started, steps_per_second FROM runs ORDER BY started" \
    > "$tmp/sps-$s.csv" 2>/dev/null
done
c2=$(climit)
for s in ${SWEEPS:-single gain lr width}; do
  python3 - "$s" "$c1" "$c2" "$tmp/sps-$s.csv" <<'PY'
import csv, statistics, sys
s, c1, c2, f = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
rows = list(csv.DictReader(open(f)))
first = rows[0]["started"]
v = [float(r["steps_per_second"]) for r in rows if r["started"] != first]
lim, ours = (c1 + c2) / 2, statistics.median(v)
print(f"{s}: C {lim:,.0f} steps/s ({c1:,.0f} before, {c2:,.0f} after); rfsweep per trial median {ours:,.0f} "
      f"({len(v)} trials, {min(v):,.0f}-{max(v):,.0f}; first group left out); per trial / C {ours/lim:.2f}")
PY
done
rm -rf "$tmp"
