#!/usr/bin/env bash
# Submits a sweep as one SLURM batch job (deploy/slurm/rfsweep.sbatch): a Spark standalone master
# on the first node, one worker per node with the job's CPUs and memory there, and the rfsweep
# driver; every one of them stopped when the sweep ends, fails, is cancelled or nears its time
# limit. Checks the spec and the options first (rfsweep run --dry-run), so a bad input is refused
# here, not after waiting in the queue. Resubmitting the same command resumes: only the trials
# without a row run (the lock of a run whose SLURM job is gone is taken over).
#
# usage: submit.sh SPEC [--out DIR] [--nodes N] [--time T] [--logs DIR] [SBATCH OPTIONS...] [-- RUN OPTIONS...]
#   SPEC       the sweep spec (first argument)
#   --out      output root, on a filesystem every node sees at the same path (default ./results)
#   --nodes    nodes of the allocation, one Spark worker each (default 1)
#   --time     the job's time limit, as sbatch takes it (default: the partition's)
#   --logs     where the job's output (slurm-<id>.out) and its directory (job-<id>/: pids, Spark
#              logs) go, on the shared filesystem (default ./rfsweep-slurm)
#   SBATCH OPTIONS  anything else is passed to sbatch as given, e.g. --partition short --mem 32G
#              --account X --signal B:TERM@300. Without -c/--cpus-per-task the job asks for
#              whole nodes (--exclusive), so each worker offers all of its node's CPUs. Without
#              --signal, a --time of 10 minutes or more (or none) adds --signal=B:TERM@90: the
#              job starts stopping 90 to 150 s before its limit (SLURM's warning is that coarse);
#              below 10 minutes that would waste too much of the job, and SLURM's own SIGTERM at
#              the limit (KillWait before SIGKILL, 30 s by default) is enough to stop cleanly.
#   RUN OPTIONS     after --, options of `rfsweep run` (--retry-failed, --fail-fast, ...)
# Prints the job id on stdout (the rest goes to stderr).
# Exit codes: 0 submitted; 2 bad spec or option, or sbatch refused the job (nothing submitted);
# 1 anything else (the build failed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib.sh"
source "$here/../standalone/lib.sh"

bad() {
  echo "submit.sh: $*" >&2
  exit 2
}

(($#)) || bad "no sweep spec given (usage: submit.sh SPEC [--out DIR] [--nodes N] [--time T] [sbatch options] [-- run options]; see --help)"
[[ "$1" == -h || "$1" == --help ]] && { usage; exit 0; }
[[ "$1" != -* ]] || bad "the first argument must be the sweep spec, got option '$1'"
spec="$1"
shift
[[ -f "$spec" ]] || bad "spec file not found: $spec"
out=results nodes=1 time="" limit="" logs=rfsweep-slurm sbatch_opts=() run_opts=() cpus_chosen=false signal_chosen=false
while (($#)); do
  case "$1" in
    --out|--nodes|-N|--time|-t|--logs) (($# >= 2)) || bad "$1 needs a value" ;;
  esac
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --out=*) out="${1#*=}"; shift ;;
    --nodes|-N) nodes="$2"; shift 2 ;;
    --nodes=*) nodes="${1#*=}"; shift ;;
    --time|-t) time="$2"; shift 2 ;;
    --time=*) time="${1#*=}"; shift ;;
    --logs) logs="$2"; shift 2 ;;
    --logs=*) logs="${1#*=}"; shift ;;
    --) shift; run_opts=("$@"); break ;;
    -c|--cpus-per-task|--cpus-per-task=*|-c[0-9]*|--exclusive|--exclusive=*|-s|--oversubscribe)
      cpus_chosen=true; sbatch_opts+=("$1"); shift ;;
    --signal|--signal=*) signal_chosen=true; sbatch_opts+=("$1"); shift ;;
    *) sbatch_opts+=("$1"); shift ;;
  esac
done
[[ "$nodes" =~ ^[1-9][0-9]*$ ]] || bad "--nodes must be a positive integer, got '$nodes'"
[[ -n "$out" ]] || bad "--out must not be empty"
if [[ -n "$time" ]]; then
  limit="$(time_limit_seconds "$time")" || bad "--time '$time' is not a SLURM time (minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS)"
fi
for o in "${run_opts[@]}"; do
  case "$o" in
    --master|--master=*) bad "the job runs its own Spark master: drop --master from the run options" ;;
    --out|--out=*) bad "give --out before --, as a submit.sh option" ;;
  esac
done

ensure_built
spec="$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")"
mkdir -p "$logs"
logs="$(cd "$logs" && pwd)"
[[ "$out" == /* ]] || out="$PWD/$out"

# The spec and the run options, checked by rfsweep itself (nothing is written, Spark not started).
check="$(java @"$RFSWEEP_ROOT/deploy/jvm-options.txt" -cp "$DRIVER_JAR:$(<"$SPARK_CLASSPATH_FILE")" \
  org.rfsweep.cli.Main run "$spec" --out "$out" --dry-run "${run_opts[@]}" 2>&1)" \
  || { grep -v '^WARNING: Using incubator modules' <<<"$check" >&2; exit 2; }
grep -v '^WARNING: Using incubator modules' <<<"$check" >&2

job_opts=(--parsable --job-name="rfsweep-$(basename "${spec%.*}")" --nodes="$nodes" --ntasks-per-node=1
  --output="$logs/slurm-%j.out" --export="ALL,RFSWEEP_ROOT=$RFSWEEP_ROOT,RFSWEEP_SLURM_DIR=$logs")
[[ -n "$time" ]] && job_opts+=(--time="$time")
[[ "$signal_chosen" == true || ( -n "$time" && "$limit" -lt 600 ) ]] || job_opts+=(--signal=B:TERM@90)
[[ "$cpus_chosen" == true ]] || job_opts+=(--exclusive)
if ! submitted="$(sbatch "${job_opts[@]}" "${sbatch_opts[@]}" "$here/rfsweep.sbatch" run "$spec" --out "$out" "${run_opts[@]}" 2>&1)"; then
  job="$(grep -E -o -m 1 '^[0-9]+' <<<"$submitted" || true)"
  [[ -z "$job" ]] || { echo "$submitted" >&2; echo "$job"; exit 1; } # --wait: the job ran and failed
  echo "$submitted" >&2
  bad "sbatch refused the job (nothing submitted)"
fi
job="$(grep -E -o -m 1 '^[0-9]+' <<<"$submitted")" || bad "sbatch printed no job id: $submitted"
cat >&2 <<MSG
submitted SLURM job $job: $nodes node(s), output $out
  follow it:  tail -f $logs/slurm-$job.out
  cancel it:  scancel $job   (committed chunks are kept; the same submit.sh command resumes)
MSG
echo "$job"
