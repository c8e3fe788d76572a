package com.dealtrace.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.stereotype.Component;

/**
 * Counts refused sign-ins as {@code dealtrace.signin.failures}, tagged {@code reason=bad_credentials} (a wrong password
 * or an unknown name, which look alike), {@code disabled} or {@code other}; the name tried is never a tag. Each is
 * logged with the request id but without the name tried. Sign-ins refused by {@link LoginThrottle} before any password is checked are not counted here.
 */
@Component
class SignInFailures {

    static final String METER = "dealtrace.signin.failures";
    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    private final MeterRegistry meters;

    SignInFailures(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "bad_credentials"
                : event instanceof AuthenticationFailureDisabledEvent ? "disabled" : "other";
        meters.counter(METER, "reason", reason).increment();
        // never the name tried: people type passwords into the name field
        log.info("Sign-in refused ({})", reason);
    }
}
