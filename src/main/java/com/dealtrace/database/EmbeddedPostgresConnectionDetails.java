package com.dealtrace.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Points Spring Boot's data source at an embedded PostgreSQL server, as its own connection settings would. */
public record EmbeddedPostgresConnectionDetails(EmbeddedPostgres postgres) implements JdbcConnectionDetails {

    static final String DATABASE = "postgres";

    @Override
    public String getUsername() {
        return "postgres";
    }

    @Override
    public String getPassword() {
        return "postgres";
    }

    @Override
    public String getJdbcUrl() {
        return postgres.getJdbcUrl(getUsername(), DATABASE);
    }
}
