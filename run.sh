#!/usr/bin/env sh
# Builds what is needed and starts the local stack (Kafka broker and schema registry, in one JVM).
# Options are passed through: ./run.sh --help
set -eu
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true install -pl local-stack -am
exec java -jar local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar "$@"
