# Shared by rfsweep.sbatch and worker-task.sh (inside a SLURM allocation) and submit.sh; sourced,
# not run. Builds on deploy/standalone/lib.sh (the Spark home made of Maven-resolved jars, Spark's
# own launcher for the JVM command lines, pid start times), with each node's address instead of
# loopback.

# Memory (MB) kept back from Spark's executors on the first node: the driver's 1 GB heap and the
# master's and worker's 256 MB heaps, with room for the JVMs' own overhead.
RESERVED_MB_FIRST_NODE=2048
# The share of the rest given to the executor's heap (a JVM uses more than its heap).
EXECUTOR_HEAP_SHARE_PERCENT=85

# node_address NODE: the address SLURM knows the node by (its NodeAddr, the name itself by default),
# so that Spark binds to the interface SLURM uses rather than whatever the hostname resolves to.
node_address() {
  local addr
  addr="$(scontrol show node "$1" -o 2>/dev/null | tr ' ' '\n' | sed -n 's/^NodeAddr=//p')"
  echo "${addr:-$1}"
}

# job_memory_mb: the job's memory per node in MB: --mem, else --mem-per-cpu times the node's CPUs,
# else (no memory requested: the whole node, as SLURM then grants) the node's RealMemory.
job_memory_mb() {
  if [[ -n "${SLURM_MEM_PER_NODE:-}" ]]; then
    echo "$SLURM_MEM_PER_NODE"
  elif [[ -n "${SLURM_MEM_PER_CPU:-}" ]]; then
    echo $((SLURM_MEM_PER_CPU * SLURM_CPUS_ON_NODE))
  else
    scontrol show node "$SLURMD_NODENAME" -o | tr ' ' '\n' | sed -n 's/^RealMemory=//p'
  fi
}

# min_cpus_per_node: the smallest CPU count of the job's nodes, from SLURM_JOB_CPUS_PER_NODE
# ("4(x2),2" = 4, 4, 2): the CPUs the one-task-per-node worker step can ask for on every node.
min_cpus_per_node() {
  local min="" part
  local IFS=,
  for part in $SLURM_JOB_CPUS_PER_NODE; do
    part="${part%%(*}"
    [[ -z "$min" || "$part" -lt "$min" ]] && min="$part"
  done
  echo "$min"
}

# record_pid FILE PID NAME: appends "PID START NAME", so that a stop never signals a recycled PID.
record_pid() {
  local start
  start="$(start_time "$2")" || return 1
  echo "$2 $start $3" >>"$1"
}

# time_limit_seconds T: sbatch's --time T in seconds ("minutes", "MM:SS", "HH:MM:SS", "D-HH",
# "D-HH:MM", "D-HH:MM:SS"; UNLIMITED and INFINITE as a year); fails on anything else.
time_limit_seconds() {
  local t="$1" days=0 a b c
  case "$t" in UNLIMITED|unlimited|INFINITE|infinite) echo $((365 * 86400)); return ;; esac
  if [[ "$t" =~ ^([0-9]+)-(.*)$ ]]; then
    days="${BASH_REMATCH[1]}" t="${BASH_REMATCH[2]}"
    [[ "$t" =~ ^[0-9]+(:[0-9]+){0,2}$ ]] || return 1
    IFS=: read -r a b c <<<"$t"
    echo $((10#$days * 86400 + 10#$a * 3600 + 10#${b:-0} * 60 + 10#${c:-0}))
    return
  fi
  [[ "$t" =~ ^[0-9]+(:[0-9]+){0,2}$ ]] || return 1
  IFS=: read -r a b c <<<"$t"
  if [[ -n "$c" ]]; then
    echo $((10#$a * 3600 + 10#$b * 60 + 10#$c))
  elif [[ -n "$b" ]]; then
    echo $((10#$a * 60 + 10#$b))
  else
    echo $((10#$a * 60))
  fi
}
