package com.dealtrace.security;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code java -jar dealtrace.jar reset-admin-password NAME}: for an admin who is locked out, run on the server with
 * the same settings (environment variables) as the app. Starts the application without listening on any port,
 * gives the admin a new one-time password, prints it (to standard output, never to the log), ends every session
 * of theirs and exits: 0 done, 1 refused or failed, 2 wrong usage. The admin must replace the password at the next
 * sign-in. With the embedded database, stop Dealtrace first: its PostgreSQL folder can serve one server at a time.
 */
public final class ResetAdminPasswordCommand {

    public static final String NAME = "reset-admin-password";

    private ResetAdminPasswordCommand() {
    }

    /** Runs the command; {@code args} starts with its name, then the user name, then any Spring Boot arguments. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        if (args.length < 2 || args[1].startsWith("--")) {
            out.println("Usage: java -jar dealtrace.jar " + NAME + " NAME [--spring.datasource.url=… or the usual "
                    + "SPRING_DATASOURCE_* variables]");
            return 2;
        }
        List<String> arguments = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
        // no port, no demo data, no first-admin bootstrap, and a quiet log: only the answer below is printed
        arguments.addAll(List.of("--server.port=-1", "--management.server.port=-1", "--dealtrace.demo.enabled=false",
                "--dealtrace.bootstrap.enabled=false", "--logging.level.root=WARN"));
        try (var context = new SpringApplicationBuilder(application).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(arguments.toArray(String[]::new))) {
            var reset = context.getBean(FirstAdmin.class).resetAdminPassword(args[1]);
            if (reset instanceof FirstAdmin.Reset.Done done) {
                out.println("New one-time password for " + done.username() + ": " + done.password());
                out.println("It must be changed at the next sign-in. Every session of " + done.username() + " has ended.");
                return 0;
            }
            if (reset instanceof FirstAdmin.Reset.NotAdmin notAdmin) {
                out.println(notAdmin.username() + " is not an admin; an admin resets other users' passwords under "
                        + "Users (/admin/users).");
                return 1;
            }
            var none = (FirstAdmin.Reset.NoSuchUser) reset;
            out.println("There is no user " + none.username() + ". Admins: "
                    + (none.admins().isEmpty() ? "none (start Dealtrace to create the first one)"
                            : String.join(", ", none.admins())));
            return 1;
        }
        catch (RuntimeException ex) {
            out.println("Could not reset the password: " + ex.getMessage()
                    + " (with the embedded database, stop Dealtrace first)");
            return 1;
        }
    }
}
