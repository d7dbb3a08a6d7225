#!/usr/bin/env bash
# Submits an rfsweep command to a Spark master with spark-submit (org.apache.spark.deploy.SparkSubmit
# from the Maven-resolved jars, in client mode: the driver runs in this process, which this script
# becomes by exec, so its PID is the driver's). The application jar is deploy/target/rfsweep-spark.jar.
#
# usage: submit.sh [--master URL] [--state-dir DIR] [--conf KEY=VALUE]... [--] RFSWEEP_ARGS...
#   --master     spark://..., local[N], ... (default: the cluster recorded in --state-dir)
#   --state-dir  the directory given to start-cluster.sh (default $TMPDIR/rfsweep-cluster-UID)
#   --conf       passed on to spark-submit (repeatable), e.g. --conf spark.executor.memory=512m
# example:
#   deploy/standalone/submit.sh -- run sweeps/bench-scaling.yaml --out /tmp/results
# rfsweep takes the master from spark-submit (the spark.master property), so RFSWEEP_ARGS need none.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

state="$DEFAULT_STATE_DIR" master="" confs=()
while (($#)); do
  case "$1" in
    --master) master="$2"; shift 2 ;;
    --state-dir) state="$2"; shift 2 ;;
    --conf) confs+=(--conf "$2"); shift 2 ;;
    --) shift; break ;;
    -h|--help) usage; exit 0 ;;
    *) break ;;
  esac
done
(($#)) || die "no rfsweep command given (e.g. -- run SPEC --out DIR); see --help"

if [[ -z "$master" ]]; then
  [[ -f "$state/cluster.env" ]] || die "no cluster recorded in $state: start one with start-cluster.sh, or pass --master"
  master="$(sed -n 's/^MASTER_URL=//p' "$state/cluster.env")"
fi
ensure_built
export SPARK_HOME="$state/spark-home"
if [[ ! -d "$SPARK_HOME/jars" ]]; then
  make_spark_home "$SPARK_HOME"
fi

# The driver's own log4j2.properties (read from the jar, which is not on the JVM's class path when
# log4j starts): Spark's messages only with `rfsweep --verbose`, as with ./rfsweep.
spark_command cmd org.apache.spark.deploy.SparkSubmit --master "$master" --deploy-mode client \
  --conf spark.driver.host="$RFSWEEP_BIND_ADDRESS" --conf spark.driver.bindAddress="$RFSWEEP_BIND_ADDRESS" "${confs[@]}" \
  --driver-java-options "-Dlog4j2.configurationFile=jar:file:$DRIVER_JAR!/log4j2.properties" \
  --class org.rfsweep.cli.Main "$DRIVER_JAR" "$@"
exec "${cmd[@]}"
