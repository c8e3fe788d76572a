package com.dealtrace.demo;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo: the Microsoft–Mistral deal loaded into an empty database, and one user per role created when there are
 * no users yet. The demo profile switches it on.
 *
 * @param enabled whether to load the demo deal and create the demo users
 * @param passwords passwords of the demo users by role name (analyst, editor, admin); a missing one is generated
 */
@ConfigurationProperties("dealtrace.demo")
public record DemoDataProperties(@DefaultValue("false") boolean enabled, Map<String, String> passwords) {

    public DemoDataProperties {
        passwords = passwords == null ? Map.of() : Map.copyOf(passwords);
    }
}
