package com.dealtrace.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresLockTheNameForTheLockPeriodOnly() {
        fail("mallory", LoginThrottle.FAILURES);
        assertThat(throttle.isLocked("Mallory ")).isTrue();

        clock.advance(LoginThrottle.LOCK);
        assertThat(throttle.isLocked("mallory")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheLockPeriodDoNotAddUp() {
        fail("slow", LoginThrottle.FAILURES - 1);
        clock.advance(LoginThrottle.LOCK.plusSeconds(1));
        fail("slow", 1);

        assertThat(throttle.isLocked("slow")).isFalse();
    }

    @Test
    void namesTriedLongAgoAreSweptOutSoGuessingManyNamesCannotGrowTheMemory() {
        for (int i = 0; i < LoginThrottle.SWEEP_ABOVE; i++) {
            fail("name-" + i, 1);
        }
        fail("locked", LoginThrottle.FAILURES);
        clock.advance(LoginThrottle.LOCK.minusMinutes(1));
        fail("recent", 1);
        assertThat(throttle.remembered()).isEqualTo(LoginThrottle.SWEEP_ABOVE + 2);

        clock.advance(Duration.ofMinutes(2));
        fail("trigger", 1);

        assertThat(throttle.remembered()).isEqualTo(2);
        assertThat(throttle.isLocked("locked")).isFalse();
    }

    @Test
    void aLockIsKeptWhileItRunsEvenWhenTheMapIsSwept() {
        fail("locked", LoginThrottle.FAILURES);
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i <= LoginThrottle.SWEEP_ABOVE; i++) {
            fail("name-" + i, 1);
        }

        assertThat(throttle.isLocked("locked")).isTrue();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(new AuthenticationFailureBadCredentialsEvent(new TestingAuthenticationToken(username, "wrong"),
                    new BadCredentialsException("wrong")));
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
