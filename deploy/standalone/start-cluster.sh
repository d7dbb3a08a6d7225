#!/usr/bin/env bash
# Starts a real Spark standalone cluster on 127.0.0.1: one master and N workers, each its own JVM,
# from the Maven-resolved Spark jars (no Spark distribution is downloaded). Ports are chosen by the
# OS (port 0) and read back from the logs, so several clusters can coexist. Records what it started
# in <state-dir>/cluster.env and <state-dir>/pids; stop-cluster.sh stops exactly those processes.
#
# usage: start-cluster.sh [--workers N] [--cores C] [--memory M] [--state-dir DIR] [--timeout S]
#                         [--owner-pid PID]
#   --workers    number of worker JVMs (default 2)
#   --cores      cores each worker offers (default 1)
#   --memory     memory each worker offers to executors (default 1g)
#   --state-dir  where the Spark home, logs, work dirs and PIDs go (default $TMPDIR/rfsweep-cluster-UID)
#   --timeout    seconds to wait for the master and for each worker to register (default 60)
#   --owner-pid  stop the cluster by itself once process PID has exited (e.g. a test JVM that
#                might be killed before it can clean up)
# Prints the master URL on stdout as its last line.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

workers=2 cores=1 memory=1g state="$DEFAULT_STATE_DIR" timeout=60 owner=""
while (($#)); do
  case "$1" in
    --workers) workers="$2"; shift 2 ;;
    --cores) cores="$2"; shift 2 ;;
    --memory) memory="$2"; shift 2 ;;
    --state-dir) state="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --owner-pid) owner="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
[[ "$workers" =~ ^[1-9][0-9]*$ ]] || die "--workers must be a positive integer, got '$workers'"
[[ "$cores" =~ ^[1-9][0-9]*$ ]] || die "--cores must be a positive integer, got '$cores'"
[[ "$memory" =~ ^[1-9][0-9]*[mg]$ ]] || die "--memory must look like 512m or 1g, got '$memory'"
[[ "$timeout" =~ ^[1-9][0-9]*$ ]] || die "--timeout must be a positive number of seconds, got '$timeout'"
[[ -z "$owner" ]] || kill -0 "$owner" 2>/dev/null || die "--owner-pid $owner is not a running process"

mkdir -p "$state"
state="$(cd "$state" && pwd)"
if [[ -f "$state/pids" ]]; then
  while read -r pid start _; do
    is_ours "$pid" "$start" && die "a cluster started from $state is still running (pid $pid); stop it with: $(dirname "$0")/stop-cluster.sh --state-dir $state"
  done <"$state/pids"
  rm -f "$state/pids" "$state/cluster.env"
fi

ensure_built
export SPARK_HOME="$state/spark-home"
make_spark_home "$SPARK_HOME"
# The REST submission server would take the fixed port 6066; spark-submit uses the RPC port.
printf 'spark.master.rest.enabled false\nspark.driver.host 127.0.0.1\nspark.driver.bindAddress 127.0.0.1\n' \
  >"$SPARK_HOME/conf/spark-defaults.conf"
export SPARK_DAEMON_MEMORY="${SPARK_DAEMON_MEMORY:-256m}"
logs="$state/logs"
mkdir -p "$logs" "$state/work"
: >"$state/pids"

# Stops whatever this invocation started if a later step fails or the script is interrupted.
started_ok=false
cleanup_on_failure() {
  if [[ "$started_ok" != true ]]; then
    echo "start-cluster.sh: startup failed; stopping the processes it started" >&2
    "$(dirname "${BASH_SOURCE[0]}")/stop-cluster.sh" --state-dir "$state" --timeout 10 >&2 || true
  fi
}
trap cleanup_on_failure EXIT

# launch NAME MAIN ARGS...: starts one daemon in the background, records "PID START NAME".
launch() {
  local name="$1" cmd
  shift
  spark_command cmd "$@"
  "${cmd[@]}" >"$logs/$name.log" 2>&1 </dev/null &
  local pid=$! start
  start="$(start_time "$pid")" || { sleep 0.5; die "$name exited at once; see $logs/$name.log"; }
  echo "$pid $start $name" >>"$state/pids"
  LAUNCHED_PID="$pid"
}

launch master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0
master_pid="$LAUNCHED_PID"
line="$(wait_for_line "$logs/master.log" 'Starting Spark master at spark://' "$master_pid" "$timeout")" \
  || die "the master did not start"
master_url="spark://${line##*spark://}"
line="$(wait_for_line "$logs/master.log" 'Bound MasterWebUI' "$master_pid" "$timeout")" \
  || die "the master web UI did not start"
master_ui="http://127.0.0.1:${line##*:}"

worker_pids=()
for ((i = 1; i <= workers; i++)); do
  launch "worker-$i" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores "$cores" --memory "$memory" --work-dir "$state/work/worker-$i" "$master_url"
  worker_pids+=("$LAUNCHED_PID")
done
for ((i = 1; i <= workers; i++)); do
  wait_for_line "$logs/worker-$i.log" 'Successfully registered with master' "${worker_pids[i - 1]}" "$timeout" >/dev/null \
    || die "worker $i did not register with $master_url"
done

if [[ -n "$owner" ]]; then
  # A watchdog that becomes stop-cluster.sh (exec) when the owner is gone; stop-cluster.sh also
  # stops the watchdog, since it is listed with the daemons.
  stop="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/stop-cluster.sh"
  setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; exec "$2" --state-dir "$3"' \
    watchdog "$owner" "$stop" "$state" >>"$logs/watchdog.log" 2>&1 </dev/null &
  echo "$! $(start_time $!) watchdog" >>"$state/pids"
fi

cat >"$state/cluster.env" <<ENV
MASTER_URL=$master_url
MASTER_WEBUI=$master_ui
MASTER_PID=$master_pid
WORKER_PIDS="${worker_pids[*]}"
WORKER_CORES=$cores
WORKER_MEMORY=$memory
SPARK_HOME=$SPARK_HOME
LOG_DIR=$logs
ENV
started_ok=true
echo "master $master_url (pid $master_pid, web UI $master_ui); $workers workers x $cores cores (pids ${worker_pids[*]}); logs in $logs" >&2
echo "$master_url"
