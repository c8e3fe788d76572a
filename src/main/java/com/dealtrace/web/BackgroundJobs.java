package com.dealtrace.web;

import com.dealtrace.database.Outage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How scheduled jobs (the content-version poll, the clean-up of expired sessions) report failures: a database outage
 * is one line when it starts and one when it ends ({@link Outage}), any other failure goes through the
 * {@link FailureLog}; never a stack trace a cycle.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJobs {

    private final Outage outage;
    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private final FailureLog failures = new FailureLog(BackgroundJobs.class);

    BackgroundJobs(Outage outage, ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        this.outage = outage;
        this.sessions = sessions;
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer quietFailures() {
        return scheduler -> scheduler.setErrorHandler(this::failed);
    }

    /** Spring Session's own clean-up runs on a scheduler of its own that logs a stack trace a minute while down. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionCleanupOnOurScheduler() {
        return repository -> repository.setCleanupCron(Scheduled.CRON_DISABLED);
    }

    @Scheduled(cron = "0 * * * * *")
    void removeExpiredSessions() {
        sessions.ifAvailable(repository -> {
            try {
                repository.cleanUpExpiredSessions();
                outage.reachable();
            }
            catch (RuntimeException ex) {
                failed(ex);
            }
        });
    }

    private void failed(Throwable failure) {
        if (!outage.failed("A background job", failure)) {
            failures.failed("A background job", failure);
        }
    }
}
