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

# built for Java 17, run on JDK 25: its AOT cache starts the app about a quarter sooner than JDK 17's class archive
FROM eclipse-temurin:25-jre
WORKDIR /app
RUN useradd --system dealtrace
COPY --from=build /app /app
COPY --from=build /src/src/main/docker/class-archive.sh /usr/local/bin/class-archive.sh
# One training start (the demo against a throwaway embedded PostgreSQL, opening a first visitor's pages) makes the AOT
# cache that more than halves the cold start. It is made here, by the JVM that runs the app: a cache fits only the JVM
# that made it. A page answering with a server error fails the build.
RUN class-archive.sh /app/dealtrace.jar && rm -rf /app/training.log /tmp/embedded-pg
USER dealtrace
# 8080: pages, /livez, /readyz; 8081: metrics and full health, on loopback unless DEALTRACE_MANAGEMENT_ADDRESS says otherwise
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:AOTCache=/app/dealtrace.aot", "-jar", "/app/dealtrace.jar"]
