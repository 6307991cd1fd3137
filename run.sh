#!/usr/bin/env sh
# Builds what is needed and starts the whole system in one JVM: a Kafka broker (KRaft), the schema registry and the
# four services. Options are passed through: ./run.sh --help   (--demo plays a generated cohort's year)
set -eu
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true install -pl launcher -am
exec java -jar launcher/target/launcher-0.1.0-SNAPSHOT-exec.jar "$@"
