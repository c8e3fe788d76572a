package com.dealtrace.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training start that {@code src/main/docker/class-archive.sh} runs to make the JVM's class archive (an AOT
 * cache on JDK 25, a class-data archive before): once the application is ready, it opens the pages named by
 * {@code dealtrace.training.pages} from itself over HTTP, as a first visitor would, then closes and exits so that the
 * JVM writes the archive. The archive then holds what a first page needs (the request path, security, the views and
 * their templates' classes), not only what the context's start loaded. It exits with status 1 when a page fails
 * (a server error, or no answer), so that no archive is made from a broken start.
 */
@Component
@ConditionalOnProperty("dealtrace.training.pages")
class TrainingStart {

    private static final Logger log = LoggerFactory.getLogger(TrainingStart.class);

    private final List<String> pages;

    TrainingStart(@Value("${dealtrace.training.pages}") List<String> pages) {
        this.pages = List.copyOf(pages);
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        var context = (WebServerApplicationContext) event.getApplicationContext();
        int status = openPages(context.getWebServer().getPort()) ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Opens every page on the given local port; true when each answered without a server error. */
    boolean openPages(int port) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        boolean allServed = true;
        for (String page : pages) {
            try {
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                        .timeout(Duration.ofSeconds(60)).build();
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                log.info("Training start: {} answered {}", page, status);
                allServed &= status < 500;
            }
            catch (IOException | IllegalArgumentException ex) {
                log.error("Training start: {} failed: {}", page, ex.toString());
                allServed = false;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return allServed;
    }
}
