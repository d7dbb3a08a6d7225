# Shared by start-cluster.sh, stop-cluster.sh and submit.sh; sourced, not run.
#
# A Spark "installation" is made from the Maven-resolved jars alone: deploy/target/spark-classpath.txt
# (written by `mvn package` in the deploy module) lists exactly the jars the driver jar expects as
# `provided`; they are symlinked into <state>/spark-home/jars, the layout bin/spark-class expects.
# Commands are built by org.apache.spark.launcher.Main, as bin/spark-class does, so the daemons
# get exactly Spark's own JVM flags (the Java 17 --add-opens module options included).

RFSWEEP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SPARK_CLASSPATH_FILE="$RFSWEEP_ROOT/deploy/target/spark-classpath.txt"
DRIVER_JAR="$RFSWEEP_ROOT/deploy/target/rfsweep-spark.jar"
DEFAULT_STATE_DIR="${TMPDIR:-/tmp}/rfsweep-cluster-$(id -u)"
# Everything binds to loopback: Spark daemons, executors and web UIs honour SPARK_LOCAL_IP. The
# SLURM scripts (deploy/slurm) set RFSWEEP_BIND_ADDRESS to each node's own address instead.
RFSWEEP_BIND_ADDRESS="${RFSWEEP_BIND_ADDRESS:-127.0.0.1}"
export SPARK_LOCAL_IP="$RFSWEEP_BIND_ADDRESS"
export SPARK_SCALA_VERSION=2.13

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# Builds the driver jar and the Spark classpath file if either is missing.
ensure_built() {
  if [[ -f "$SPARK_CLASSPATH_FILE" && -f "$DRIVER_JAR" ]]; then
    return
  fi
  echo "building $DRIVER_JAR (first use) ..." >&2
  (cd "$RFSWEEP_ROOT" && mvn -B -q -ntp -pl deploy -am package -DskipTests) >&2 \
    || die "build failed: run 'mvn -pl deploy -am package -DskipTests' in $RFSWEEP_ROOT"
}

# make_spark_home DIR: DIR/jars holds a link to every Spark runtime jar.
make_spark_home() {
  local home="$1" jar
  rm -rf "$home/jars"
  mkdir -p "$home/jars" "$home/conf"
  local IFS=:
  for jar in $(<"$SPARK_CLASSPATH_FILE"); do
    [[ -f "$jar" ]] || die "missing $jar: rebuild with 'mvn -pl deploy -am package -DskipTests'"
    ln -s "$jar" "$home/jars/"
  done
}

# spark_command ARRAY_NAME MAIN_CLASS ARGS...: fills ARRAY_NAME with the java command line that
# bin/spark-class would run for MAIN_CLASS (needs SPARK_HOME set). The launcher prints optional
# messages, a NUL+newline marker, then NUL-separated arguments.
spark_command() {
  local -n _out="$1"
  shift
  local launcher
  launcher="$(compgen -G "$SPARK_HOME/jars/spark-launcher_*.jar" | head -n 1)"
  [[ -n "$launcher" ]] || die "no spark-launcher jar in $SPARK_HOME/jars"
  local raw
  raw="$(mktemp)"
  if ! java -Xmx128m -cp "$launcher" org.apache.spark.launcher.Main "$@" >"$raw"; then
    rm -f "$raw"
    die "org.apache.spark.launcher.Main failed for $*"
  fi
  _out=()
  local arg started=false
  while IFS= read -r -d '' arg; do
    if [[ "$started" == true ]]; then
      _out+=("$arg")
    elif [[ "$arg" == "" ]]; then
      started=true
    fi
  done <"$raw"
  rm -f "$raw"
  # The marker's newline ends up at the start of the first argument.
  _out[0]="${_out[0]#$'\n'}"
  [[ ${#_out[@]} -gt 0 ]] || die "the Spark launcher printed no command for $*"
}

# start_time PID: the process start time in clock ticks since boot (field 22 of /proc/PID/stat),
# recorded with each PID so that a later stop never signals a recycled PID.
start_time() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  # after "pid (comm) " the fields start at field 3
  set -- $stat
  echo "${20}"
}

# is_ours PID START: the process PID is alive and is the one we started.
is_ours() {
  local now
  now="$(start_time "$1")" || return 1
  [[ "$now" == "$2" ]]
}

# wait_for_line FILE PATTERN PID TIMEOUT: waits until FILE has a line matching PATTERN (grep -E);
# fails early if PID dies. Prints the first matching line.
wait_for_line() {
  local file="$1" pattern="$2" pid="$3" timeout="$4" deadline line
  deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    line="$(grep -E -m 1 "$pattern" "$file" 2>/dev/null)" && { echo "$line"; return 0; }
    kill -0 "$pid" 2>/dev/null || { echo "process $pid exited; last lines of $file:" >&2; tail -n 20 "$file" >&2; return 1; }
    sleep 0.2
  done
  echo "timed out after ${timeout}s waiting for /$pattern/ in $file" >&2
  return 1
}

# usage: prints the calling script's header comment (its documentation) without the '#'.
usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
}
