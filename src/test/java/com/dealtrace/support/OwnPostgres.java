package com.dealtrace.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** For tests that own a PostgreSQL server (not the shared test database) because they stop or kill what runs on it. */
public final class OwnPostgres {

    private OwnPostgres() {
    }

    /** A server on {@code port} keeping its data in {@code data}, so that it can be stopped and started again there. */
    public static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
