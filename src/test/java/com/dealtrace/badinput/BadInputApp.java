package com.dealtrace.badinput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.dealtrace.DealtraceApplication;
import com.dealtrace.support.As;
import com.dealtrace.support.TestDatabase;
import jakarta.servlet.Filter;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The application the bad-input properties throw their values at: built once per test JVM (jqwik runs outside
 * Spring's test context), against the JVM's one PostgreSQL, and reached through MockMvc. It also tallies the inputs
 * tried per endpoint and prints the total when the JVM ends.
 */
final class BadInputApp {

    private static BadInputApp app;

    private static final Map<String, AtomicInteger> TRIES = new ConcurrentSkipListMap<>();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    final ConfigurableApplicationContext context;
    final MockMvc mvc;
    final JdbcClient jdbc;

    private BadInputApp() {
        var postgres = TestDatabase.get();
        context = new SpringApplicationBuilder(DealtraceApplication.class)
                .profiles("demo")
                .properties("server.port=0", "dealtrace.page-cache.enabled=false",
                        "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres", "spring.datasource.password=postgres",
                        "logging.level.root=WARN", "logging.level.org.springframework=ERROR")
                .run();
        // MockMvc adds no servlet filters by itself: the app's own go in, as in the server, with Spring Security's
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .addFilters(context.getBean("characterEncodingFilter", Filter.class),
                        context.getBean("plainQuery", Filter.class))
                .apply(springSecurity()).build();
        jdbc = context.getBean(JdbcClient.class);
    }

    static synchronized BadInputApp get() {
        if (app == null) {
            app = new BadInputApp();
        }
        return app;
    }

    /** Counts one input thrown at the endpoint. */
    static void tried(String endpoint) {
        TRIES.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet();
    }

    /** A number no other try of this JVM gets, for values that must be unique (addresses, user names). */
    static long unique() {
        return UNIQUE.incrementAndGet();
    }

    /**
     * Prints the inputs tried so far per endpoint and in all, and keeps them in target/bad-input-tries.txt; each
     * property class calls it when it ends, so the last call holds the total of the run.
     */
    static void reportTries() {
        var text = new StringBuilder("Bad input: inputs tried per endpoint\n");
        TRIES.forEach((endpoint, count) -> text.append(String.format("  %6d  %s%n", count.get(), endpoint)));
        text.append(String.format("  %6d  in all, at %d endpoints%n",
                TRIES.values().stream().mapToInt(AtomicInteger::get).sum(), TRIES.size()));
        System.out.print(text);
        try {
            Files.writeString(Path.of("target", "bad-input-tries.txt"), text);
        }
        catch (IOException ex) {
            // the printed tally is enough
        }
    }

    MvcResult perform(RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        }
        catch (Exception ex) {
            throw new AssertionError("The request failed with an exception instead of an answer", ex);
        }
    }

    /** A form POST as the given user, fields in name/value pairs. */
    MvcResult post(As as, String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(csrf()).with(as.user());
        fields.forEach(request::param);
        return perform(request);
    }

    MvcResult get(As as, String url, Map<String, String> parameters) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(url).with(as.user());
        parameters.forEach(request::param);
        return perform(request);
    }

    int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    /** The form's errors as the page that shows it got them. */
    static BindingResult errors(MvcResult result, String form) {
        var model = result.getModelAndView() == null ? null : result.getModelAndView().getModel();
        assertThat(model).as("the form is shown again").isNotNull();
        var errors = (BindingResult) model.get(BindingResult.MODEL_KEY_PREFIX + form);
        assertThat(errors).as("the form's errors").isNotNull();
        return errors;
    }

    static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString();
        }
        catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }

    /** Never a server error, whatever came in. */
    static void noServerError(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).as("status for a bad input (%s)", result.getResolvedException())
                .isLessThan(500);
    }
}
