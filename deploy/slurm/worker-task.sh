#!/usr/bin/env bash
# One task of the worker step that rfsweep.sbatch starts with srun (one task per node): becomes
# (exec) a Spark standalone worker on this node, offering the CPUs SLURM gave the step here and
# MEMORY_MB to executors, registered with MASTER_URL. Its pid is appended to JOB_DIR/pids-<node>
# before the exec, so rfsweep.sbatch and the tests know exactly which process it is.
#
# usage: worker-task.sh MASTER_URL JOB_DIR MEMORY_MB
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib.sh"
(($# == 3)) || { echo "worker-task.sh: usage: worker-task.sh MASTER_URL JOB_DIR MEMORY_MB" >&2; exit 2; }
master_url="$1" job_dir="$2" memory_mb="$3"
node="$SLURMD_NODENAME"
export RFSWEEP_BIND_ADDRESS
RFSWEEP_BIND_ADDRESS="$(node_address "$node")"
source "$here/../standalone/lib.sh"

export SPARK_HOME="$job_dir/spark-home"
# The Spark home's links point into the Maven repository of the machine that built the jars: it
# must be on a filesystem every node mounts at the same path (as the output is).
for jar in "$SPARK_HOME"/jars/*.jar; do
  [[ -e "$jar" ]] || { echo "worker-task.sh: on $node, $jar points to $(readlink "$jar"), which this node cannot see; build rfsweep and keep ~/.m2 on a filesystem shared by all nodes" >&2; exit 1; }
done
export SPARK_DAEMON_MEMORY="${SPARK_DAEMON_MEMORY:-256m}"
mkdir -p "$job_dir/logs" "$job_dir/work/$node"
spark_command cmd org.apache.spark.deploy.worker.Worker --host "$RFSWEEP_BIND_ADDRESS" --port 0 --webui-port 0 \
  --cores "$SLURM_CPUS_ON_NODE" --memory "${memory_mb}m" --work-dir "$job_dir/work/$node" "$master_url"
record_pid "$job_dir/pids-$node" $$ "worker-$node"
exec "${cmd[@]}" >>"$job_dir/logs/worker-$node.log" 2>&1 </dev/null
