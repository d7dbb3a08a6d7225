#!/usr/bin/env bash
# Stops the cluster recorded in <state-dir>/pids by start-cluster.sh: exactly those PIDs, and only
# while each is still the process that was started (its start time is checked, so a recycled PID is
# never signalled). Workers first (they stop their executors), then the master. SIGTERM, then SIGKILL
# for whatever is still alive after --timeout seconds.
#
# usage: stop-cluster.sh [--state-dir DIR] [--timeout S]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

state="$DEFAULT_STATE_DIR" timeout=20
while (($#)); do
  case "$1" in
    --state-dir) state="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
[[ -f "$state/pids" ]] || { echo "no cluster recorded in $state" >&2; exit 0; }

# Workers before the master: reverse start order.
mapfile -t entries < <(tac "$state/pids")
signal_all() {
  local sig="$1" pid start name
  for entry in "${entries[@]}"; do
    read -r pid start name <<<"$entry"
    # the watchdog of --owner-pid runs this script as itself (exec): never signal ourselves
    [[ "$pid" == "$$" ]] && continue
    is_ours "$pid" "$start" && kill "-$sig" "$pid" 2>/dev/null || true
  done
}
any_alive() {
  local pid start name
  for entry in "${entries[@]}"; do
    read -r pid start name <<<"$entry"
    [[ "$pid" == "$$" ]] && continue
    is_ours "$pid" "$start" && return 0
  done
  return 1
}

signal_all TERM
deadline=$((SECONDS + timeout))
while any_alive && ((SECONDS < deadline)); do
  sleep 0.2
done
if any_alive; then
  echo "stop-cluster.sh: still running after ${timeout}s; sending SIGKILL" >&2
  signal_all KILL
  sleep 0.5
fi
any_alive && die "could not stop every process listed in $state/pids"
rm -f "$state/pids" "$state/cluster.env"
echo "stopped the cluster recorded in $state" >&2
