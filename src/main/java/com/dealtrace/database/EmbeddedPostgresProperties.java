package com.dealtrace.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PostgreSQL server that Dealtrace starts itself when no external database is configured.
 *
 * @param dataDirectory where the server keeps its files, so that data survives restarts
 * @param port the port to listen on; 0 picks a free one at every start
 */
@ConfigurationProperties("dealtrace.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("0") int port) {
}
