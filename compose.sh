#!/usr/bin/env sh
# Docker Compose with the backbone's credentials. On first use it generates a password for every principal into
# .data/compose/credentials.env (readable by you only; .data/ is never committed), and an outside subscriber's client
# settings into .data/compose/subscriber.properties. Then it runs docker compose with them:
#   ./compose.sh up --build        (after ./mvnw -B package -DskipTests)
#   ./compose.sh down
set -eu
cd "$(dirname "$0")"
folder=.data/compose
credentials="$folder/credentials.env"
if [ ! -f "$credentials" ]; then
  umask 077
  mkdir -p "$folder"
  secret() { LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 24; }
  for name in BROKER ADMIN SCHEMA_REGISTRY SUBSCRIBER STUDENT_PROFILES_READER ADMISSIONS BILLING CURRICULUM PLACEMENT; do
    printf '%s_PASSWORD=%s\n' "$name" "$(secret)"
  done > "$credentials.tmp"
  mv "$credentials.tmp" "$credentials"
  subscriber=$(sed -n 's/^SUBSCRIBER_PASSWORD=//p' "$credentials")
  cat > "$folder/subscriber.properties" <<SETTINGS
# Kafka and schema registry settings of 'subscriber' on the compose stack. Private: it holds the password.
# Consumer group ids must start with 'subscriber-'.
bootstrap.servers=localhost:9092
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="subscriber" password="$subscriber";
schema.registry.url=http://localhost:8081
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=subscriber:$subscriber
group.id=subscriber-local
SETTINGS
  echo "Generated the backbone's credentials in $credentials (a subscriber's settings: $folder/subscriber.properties)"
fi
exec docker compose --env-file "$credentials" "$@"
