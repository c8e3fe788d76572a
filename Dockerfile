# Builds and runs Dealtrace against the PostgreSQL named by SPRING_DATASOURCE_URL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY db db
COPY src src
RUN ./mvnw -B -q package -DskipTests \
    && java -Djarmode=tools -jar target/dealtrace-*.jar extract --destination /app \
    && mv /app/dealtrace-*.jar /app/dealtrace.jar

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system dealtrace
COPY --from=build /app /app
COPY --from=build /src/src/main/docker/class-archive.sh /usr/local/bin/class-archive.sh
# One training start (against a throwaway embedded PostgreSQL) makes the class-data archive that halves the cold
# start. It is made here, by the JVM that runs the app: an archive fits only the JVM that made it.
RUN class-archive.sh /app/dealtrace.jar && rm -rf /app/training.log /tmp/embedded-pg
USER dealtrace
# 8080: pages, /livez, /readyz; 8081: metrics and full health, on loopback unless DEALTRACE_MANAGEMENT_ADDRESS says otherwise
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/dealtrace.jsa", "-jar", "/app/dealtrace.jar"]
