#!/usr/bin/env sh
# Docker Compose with the system's credentials. It generates, into .data/compose/credentials.env (readable by you
# only; .data/ is never committed), a password for every Kafka principal, Keycloak's admin password, the secrets of
# the three confidential OAuth 2 clients and a password for every demo user; and an outside subscriber's client settings
# into .data/compose/subscriber.properties. A value already in the file is kept; one missing (a file from before a
# new account) is added. Then it runs docker compose with them:
#   ./compose.sh up --build        (after ./mvnw -B package -DskipTests)
#   ./compose.sh down
set -eu
cd "$(dirname "$0")"
folder=.data/compose
credentials="$folder/credentials.env"
umask 077
mkdir -p "$folder"
secret() { LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 24; }

# Kafka's principals (SCRAM and registry logins), as <NAME>_PASSWORD.
principals="BROKER ADMIN SCHEMA_REGISTRY SUBSCRIBER STUDENT_PROFILES_READER ADMISSIONS BILLING CURRICULUM PLACEMENT"
# Keycloak's demo users (ops/keycloak/realm.json), as DEMO_<USERNAME>_PASSWORD.
demo_users="ADMISSIONS_OFFICER BURSAR REGISTRAR PLACEMENT_OFFICER OPERATIONS_VIEWER OPERATIONS_ENGINEER PRIVACY_OFFICER STUDENT STUDENT2"
variables=""
for name in $principals; do variables="$variables ${name}_PASSWORD"; done
variables="$variables KEYCLOAK_ADMIN_PASSWORD LIFECYCLE_INTEGRATION_SECRET LIFECYCLE_METRICS_SECRET LIFECYCLE_OPERATIONS_SECRET"
for name in $demo_users; do variables="$variables DEMO_${name}_PASSWORD"; done

touch "$credentials"
cp "$credentials" "$credentials.tmp"
added=""
for variable in $variables; do
  if ! grep -q "^$variable=" "$credentials.tmp"; then
    printf '%s=%s\n' "$variable" "$(secret)" >> "$credentials.tmp"
    added="$added $variable"
  fi
done
mv "$credentials.tmp" "$credentials"
if [ -n "$added" ]; then
  echo "Generated in $credentials (readable by you only):$added"
  echo "Keycloak: http://localhost:8180 (admin console: user admin, KEYCLOAK_ADMIN_PASSWORD), realm student-lifecycle;"
  echo "  demo users' passwords DEMO_<USERNAME>_PASSWORD, clients' secrets LIFECYCLE_INTEGRATION_SECRET,"
  echo "  LIFECYCLE_METRICS_SECRET and LIFECYCLE_OPERATIONS_SECRET, all in $credentials"
fi

if [ ! -f "$folder/subscriber.properties" ]; then
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
  echo "A subscriber's Kafka and registry settings: $folder/subscriber.properties"
fi
exec docker compose --env-file "$credentials" "$@"
