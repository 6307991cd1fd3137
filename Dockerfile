# One image recipe for the four services: build the jars first (./mvnw -B package -DskipTests), then
# docker compose build. SERVICE names the module, e.g. admissions-service.
FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /var/lib/lifecycle --create-home lifecycle
USER lifecycle
WORKDIR /var/lib/lifecycle
COPY ${SERVICE}/target/${SERVICE}-*-exec.jar /opt/lifecycle/service.jar
ENV STATE_DIR=/var/lib/lifecycle/state
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/lifecycle/service.jar"]
