#!/usr/bin/env bash
# Starts the whole system in one JVM: a Kafka broker (KRaft), the schema registry and the four services, building
# first only when a source changed since the last build. Options are passed through: ./run.sh --help
# (--demo plays a generated cohort's year; --clean starts from an empty data folder).
set -euo pipefail
cd "$(dirname "$0")"

# When the user started waiting (ms since the epoch): the launcher prints the time from here to ready.
LIFECYCLE_RUN_STARTED_AT="$(date +%s%3N 2>/dev/null || true)"
export LIFECYCLE_RUN_STARTED_AT

JAR=launcher/target/launcher-0.1.0-SNAPSHOT-exec.jar

# The modules the launcher is built from: every module but the test-only ones.
modules() {
  for pom in */pom.xml; do
    case "$pom" in
      system-tests/* | benchmarks/*) ;;
      *) dirname "$pom" ;;
    esac
  done
}

# A build is needed when there is no jar yet, or when a pom, a source or a resource is newer than it.
needs_build() {
  [ -f "$JAR" ] || return 0
  local sources=(pom.xml)
  local module
  for module in $(modules); do
    sources+=("$module/pom.xml" "$module/src")
  done
  [ -n "$(find "${sources[@]}" -type f -newer "$JAR" -print -quit 2>/dev/null)" ]
}

if needs_build; then
  echo "Building the system, module by module (the first build downloads dependencies and takes a few minutes)…"
  # Maven's own progress, reduced to one line per module, its result and any error.
  ./mvnw -B -ntp -DskipTests -Dspotless.check.skip=true package -pl launcher -am 2>&1 |
    while IFS= read -r line; do
      case "$line" in
        "[INFO] Building "*"]") echo "  ${line#\[INFO\] }" ;;
        *"BUILD SUCCESS"* | *"BUILD FAILURE"* | "[ERROR]"*) echo "$line" ;;
      esac
    done
else
  echo "No source changed since the last build: starting without building."
fi
exec java -jar "$JAR" "$@"
