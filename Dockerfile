# Builds and runs Dealtrace against the PostgreSQL named by SPRING_DATASOURCE_URL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY db db
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system dealtrace
COPY --from=build /src/target/dealtrace-*.jar /app/dealtrace.jar
USER dealtrace
# 8080: pages, /livez, /readyz; 8081: metrics and full health, on loopback unless DEALTRACE_MANAGEMENT_ADDRESS says otherwise
EXPOSE 8080 8081
ENTRYPOINT ["java", "-jar", "/app/dealtrace.jar"]
