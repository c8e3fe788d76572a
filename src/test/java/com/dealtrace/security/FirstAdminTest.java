package com.dealtrace.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.dealtrace.DealtraceApplication;
import com.dealtrace.support.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way into a fresh installation, as an operator meets it: the packaged app without the demo profile against an
 * empty database of its own, over real HTTP. The first admin comes from the bootstrap variables (a password to change
 * at the first sign-in) or from the setup page with the one-time token from the log; the server-side command resets
 * a locked-out admin's password. No password ever reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    private static final String BOOTSTRAP_PASSWORD = "Bootstrap-Pass-1234";
    private static final String CHOSEN_PASSWORD = "Chosen-by-the-admin-5678";
    private static final Pattern TOKEN = Pattern.compile("one-time setup token to create the first admin: (\\S+)");

    private static EmbeddedPostgres postgres;
    private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void theBootstrapVariablesAreTheEnvironmentNamesOfTheBootstrapProperties() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "DEALTRACE_BOOTSTRAP_ADMIN_USERNAME", "ops", "DEALTRACE_BOOTSTRAP_ADMIN_PASSWORD", "secret")));
        ConfigurationPropertySources.attach(environment);

        var properties = Binder.get(environment).bindOrCreate("dealtrace.bootstrap", BootstrapProperties.class);

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.admin()).isEqualTo(new BootstrapProperties.Admin("ops", "secret"));
    }

    @Test
    void theBootstrapVariablesMakeAnAdminWhoMustChooseAPasswordAndAreIgnoredOnceAnAdminExists(CapturedOutput output)
            throws Exception {
        String url = database("bootstrap");
        int port = start(url, "dealtrace.bootstrap.admin.username=Ops-Admin",
                "dealtrace.bootstrap.admin.password=" + BOOTSTRAP_PASSWORD);
        assertThat(output.getOut()).contains("Created the first admin 'ops-admin' from DEALTRACE_BOOTSTRAP_ADMIN_USERNAME")
                .doesNotContain("setup token");
        var jdbc = JdbcClient.create(postgres.getDatabase("postgres", "bootstrap"));
        assertThat(jdbc.sql("select role || ' ' || must_change_password from app_user").query(String.class).list())
                .containsExactly("ADMIN true");

        var admin = new WebSession(port);
        admin.signIn("ops-admin", BOOTSTRAP_PASSWORD);
        for (String page : new String[] {"/", "/deals", "/admin/users", "/account/tokens"}) {
            var answer = admin.get(page);
            assertThat(answer.status()).as(page).isEqualTo(302);
            assertThat(answer.header("Location")).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        }
        String csrf = admin.csrfToken("/account/password");
        assertThat(admin.post("/admin/users", Map.of("username", "sneaky", "displayName", "Sneaky", "role", "ADMIN",
                "password", "", "_csrf", csrf)).status()).as("no form but the password's").isEqualTo(403);
        assertThat(admin.get("/account/password").body()).contains("You signed in with a one-time password");

        var wrong = admin.post("/account/password", Map.of("current", "not-it", "password", CHOSEN_PASSWORD,
                "repeat", CHOSEN_PASSWORD, "_csrf", csrf));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("This is not your current password.");
        var same = admin.post("/account/password", Map.of("current", BOOTSTRAP_PASSWORD, "password", BOOTSTRAP_PASSWORD,
                "repeat", BOOTSTRAP_PASSWORD, "_csrf", csrf));
        assertThat(same.status()).isEqualTo(422);
        assertThat(same.body()).contains("Choose a password other than the current one.");
        var changed = admin.post("/account/password", Map.of("current", BOOTSTRAP_PASSWORD, "password", CHOSEN_PASSWORD,
                "repeat", CHOSEN_PASSWORD, "_csrf", csrf));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").status()).as("free to go on, still signed in").isEqualTo(200);
        assertThat(jdbc.sql("select must_change_password from app_user").query(Boolean.class).single()).isFalse();
        stopAll();

        int before = output.getOut().length();
        int second = start(url, "dealtrace.bootstrap.admin.username=ops-admin",
                "dealtrace.bootstrap.admin.password=Another-Bootstrap-9999");
        String secondLog = output.getOut().substring(before);
        assertThat(Pattern.compile("bootstrap variables are ignored|_PASSWORD are ignored").matcher(secondLog).results().count())
                .as("logged once").isEqualTo(1);
        assertThat(secondLog).doesNotContain("Created the first admin", "setup token");
        assertThat(new WebSession(second).get("/setup").status()).isEqualTo(404);
        new WebSession(second).signIn("ops-admin", CHOSEN_PASSWORD);
        var refused = new WebSession(second);
        assertThat(refused.post("/login", Map.of("username", "ops-admin", "password", "Another-Bootstrap-9999",
                "_csrf", refused.csrfToken("/login"))).header("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));

        assertThat(output.getOut()).doesNotContain(BOOTSTRAP_PASSWORD, CHOSEN_PASSWORD, "Another-Bootstrap-9999");
    }

    @Test
    void theSetupTokenFromTheLogMakesTheFirstAdminOnceAndAWrongTokenNothing(CapturedOutput output) throws Exception {
        String url = database("setup");
        int port = start(url);
        var token = TOKEN.matcher(output.getOut());
        assertThat(token.find()).as("a setup token in the log").isTrue();
        String setupToken = token.group(1);
        assertThat(setupToken).as("256 random bits, base64url").matches("[A-Za-z0-9_-]{43}");
        var jdbc = JdbcClient.create(postgres.getDatabase("postgres", "setup"));

        var visitor = new WebSession(port);
        var form = visitor.get("/setup");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Create the first admin");
        String csrf = visitor.csrfToken("/setup");
        String guessed = setupToken.substring(0, 42) + (setupToken.endsWith("A") ? "B" : "A");
        for (String wrong : new String[] {guessed, "admin", setupToken + "x"}) {
            var refused = visitor.post("/setup", fields(wrong, CHOSEN_PASSWORD, CHOSEN_PASSWORD, csrf));
            assertThat(refused.status()).as(wrong).isEqualTo(422);
            assertThat(refused.body()).contains("This is not the setup token.", "value=\"first-admin\"");
        }
        var mismatch = visitor.post("/setup", fields(setupToken, CHOSEN_PASSWORD, CHOSEN_PASSWORD + "!", csrf));
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.body()).contains("The two passwords differ.");
        var tooShort = visitor.post("/setup", fields(setupToken, "short", "short", csrf));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).as("nothing made yet").isZero();

        var made = visitor.post("/setup", fields(setupToken, CHOSEN_PASSWORD, CHOSEN_PASSWORD, csrf));
        assertThat(made.status()).isEqualTo(302);
        assertThat(made.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?setup"));
        assertThat(jdbc.sql("select username || ' ' || role || ' ' || must_change_password from app_user")
                .query(String.class).list()).containsExactly("first-admin ADMIN false");

        var again = new WebSession(port);
        String otherCsrf = again.csrfToken("/login");
        assertThat(again.post("/setup", Map.of("token", setupToken, "username", "second-admin", "displayName", "Second",
                "password", CHOSEN_PASSWORD, "repeat", CHOSEN_PASSWORD, "_csrf", otherCsrf)).status())
                .as("the token is spent").isEqualTo(404);
        assertThat(again.get("/setup").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(1);

        var admin = new WebSession(port);
        assertThat(admin.signIn("first-admin", CHOSEN_PASSWORD).header("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/account/password"));
        assertThat(admin.get("/admin/users").status()).isEqualTo(200);
        assertThat(output.getOut()).doesNotContain(CHOSEN_PASSWORD);
    }

    @Test
    void resetAdminPasswordPrintsAOneTimePasswordAndEndsTheAdminsSessions(CapturedOutput output) throws Exception {
        String url = database("reset");
        int port = start(url, "dealtrace.bootstrap.admin.username=locked-out",
                "dealtrace.bootstrap.admin.password=" + BOOTSTRAP_PASSWORD);
        var jdbc = JdbcClient.create(postgres.getDatabase("postgres", "reset"));
        jdbc.sql("update app_user set must_change_password = false").update();
        jdbc.sql("insert into app_user (username, display_name, password_hash, role) values ('reader', 'Reader', 'x', 'ANALYST')")
                .update();
        var signedIn = new WebSession(port);
        signedIn.signIn("locked-out", BOOTSTRAP_PASSWORD);
        assertThat(signedIn.get("/admin/users").status()).isEqualTo(200);

        var printed = new ByteArrayOutputStream();
        int exit;
        try {
            exit = ResetAdminPasswordCommand.run(DealtraceApplication.class, new String[] {"reset-admin-password",
                    "Locked-Out", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres"}, new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(ResetAdminPasswordCommand.run(DealtraceApplication.class, new String[] {"reset-admin-password"},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).as("usage").isEqualTo(2);
        }
        finally {
            // the command quiets the log to warnings; the other tests of this JVM want it back
            LoggingSystem.get(getClass().getClassLoader()).setLogLevel(null, LogLevel.INFO);
        }

        assertThat(exit).isZero();
        var line = Pattern.compile("New one-time password for locked-out: (\\S+)").matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(line.find()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
        String oneTime = line.group(1);
        var gone = signedIn.get("/admin/users");
        assertThat(gone.status()).as("the old session has ended").isEqualTo(302);
        assertThat(gone.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        var back = new WebSession(port);
        back.signIn("locked-out", oneTime);
        assertThat(back.get("/admin/users").header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        assertThat(output.getOut()).doesNotContain(oneTime, BOOTSTRAP_PASSWORD);

        assertThat(reset(url, "reader")).contains("reader is not an admin");
        assertThat(reset(url, "nobody")).contains("There is no user nobody. Admins: locked-out");
    }

    private static String reset(String url, String name) {
        var printed = new ByteArrayOutputStream();
        try {
            ResetAdminPasswordCommand.run(DealtraceApplication.class, new String[] {"reset-admin-password", name,
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres"}, new PrintStream(printed, true, StandardCharsets.UTF_8));
        }
        finally {
            LoggingSystem.get(FirstAdminTest.class.getClassLoader()).setLogLevel(null, LogLevel.INFO);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> fields(String token, String password, String repeat, String csrf) {
        return Map.of("token", token, "username", "first-admin", "displayName", "First admin", "password", password,
                "repeat", repeat, "_csrf", csrf);
    }

    @AfterEach
    void stopAll() {
        apps.forEach(ConfigurableApplicationContext::close);
        apps.clear();
    }

    /** A new empty database on the class's server, and its JDBC address. */
    private static String database(String name) {
        JdbcClient.create(postgres.getPostgresDatabase()).sql("create database " + name).update();
        return postgres.getJdbcUrl("postgres", name);
    }

    /** Starts the app as the packaged jar runs, without the demo profile, on this database; returns its port. */
    private int start(String url, String... properties) {
        var all = new ArrayList<>(List.of("server.port=0", "management.server.port=-1", "dealtrace.page-cache.enabled=false",
                "spring.datasource.url=" + url, "spring.datasource.username=postgres", "spring.datasource.password=postgres"));
        all.addAll(List.of(properties));
        // as command-line arguments: builder properties are defaults, which application.yml (port 8081) would override
        var app = new SpringApplicationBuilder(DealtraceApplication.class).run(all.stream().map(p -> "--" + p).toArray(String[]::new));
        apps.add(app);
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
