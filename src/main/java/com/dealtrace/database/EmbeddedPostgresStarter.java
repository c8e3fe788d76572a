package com.dealtrace.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts the embedded PostgreSQL server on a thread of its own as soon as the application context begins to
 * refresh (a bean factory post-processor is created before any other bean), so the server boots while the rest of
 * the application is set up; the first bean that needs the database waits for it. Stops the server with the context,
 * so after a graceful shutdown has let the requests in flight finish.
 */
class EmbeddedPostgresStarter implements BeanFactoryPostProcessor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

    private final CompletableFuture<EmbeddedPostgres> server;

    EmbeddedPostgresStarter(EmbeddedPostgresProperties properties) {
        var dataDirectory = properties.dataDirectory().toAbsolutePath();
        server = CompletableFuture.supplyAsync(() -> {
            try {
                Files.createDirectories(dataDirectory);
                var postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(properties.port())
                        // the server stops with the application context, after the requests in flight (graceful
                        // shutdown); its own JVM shutdown hook would stop it at once, under them, on SIGTERM
                        .setRegisterShutdownHook(false)
                        .start();
                log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), dataDirectory);
                return postgres;
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
            }
        });
    }

    /** The running server, once it has started. */
    EmbeddedPostgres server() {
        return server.join();
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // nothing to change: this bean exists to start the server early
    }

    @Override
    public void destroy() throws IOException {
        if (!server.isCompletedExceptionally()) {
            server.join().close();
        }
    }
}
