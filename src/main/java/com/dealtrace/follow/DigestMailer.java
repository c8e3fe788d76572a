package com.dealtrace.follow;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.dealtrace.database.Outage;
import com.dealtrace.web.Deployment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the email digests through Spring's mail support: every minute to users who chose "at once", every morning
 * (07:00 UTC) to those who chose "daily". Off when no SMTP host is set ({@code spring.mail.host}): Spring Boot then
 * makes no mail sender. A digest holds the changes after the last one sent; its mark moves before sending, by one
 * conditional update, so two instances never send the same digest, and moves back if sending fails.
 */
@Component
class DigestMailer {

    private static final Logger log = LoggerFactory.getLogger(DigestMailer.class);

    private final Inbox inbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final Outage outage;
    private final String base;
    private final String from;

    DigestMailer(Inbox inbox, ObjectProvider<JavaMailSender> mail, MessageSource messages, Outage outage,
            Deployment.Settings deployment, @Value("${dealtrace.digest.from:dealtrace@localhost}") String from) {
        this.inbox = inbox;
        this.mail = mail;
        this.messages = messages;
        this.outage = outage;
        String url = deployment.publicUrl() == null ? "http://localhost:8080" : deployment.publicUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${dealtrace.digest.immediate-every:60s}", initialDelayString = "${dealtrace.digest.immediate-every:60s}")
    void immediate() {
        run(Inbox.Digest.IMMEDIATE);
    }

    @Scheduled(cron = "${dealtrace.digest.daily-cron:0 0 7 * * *}", zone = "UTC")
    void daily() {
        run(Inbox.Digest.DAILY);
    }

    private void run(Inbox.Digest kind) {
        try {
            send(kind);
            outage.reachable();
        }
        catch (RuntimeException ex) {
            if (!outage.failed("Sending digests", ex)) {
                log.warn("Sending the {} digests failed: {}", kind, ex.getMessage());
            }
        }
    }

    /** Sends the digests of this kind that are due; returns how many were sent. */
    int send(Inbox.Digest kind) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (var digest : inbox.due(kind)) {
            if (!inbox.claim(digest)) {
                continue;
            }
            try {
                sender.send(message(digest));
                sent++;
            }
            catch (MailException ex) {
                inbox.unclaim(digest);
                log.warn("A digest to {} could not be sent, kept for the next run: {}", digest.username(), ex.getMessage());
            }
        }
        return sent;
    }

    private SimpleMailMessage message(Inbox.Digested digest) {
        Locale locale = Locale.forLanguageTag(digest.language());
        var text = new StringBuilder(messages.getMessage("digest.intro", new Object[] {digest.username()}, locale))
                .append("\n\n");
        for (var deal : digest.deals()) {
            text.append(deal.title()).append('\n');
            for (var item : deal.items()) {
                text.append("- ").append(line(messages, locale, item)).append(" (").append(item.changedBy()).append(", ")
                        .append(item.changedAt().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(")\n  ")
                        .append(base).append(item.href()).append('\n');
            }
            text.append('\n');
        }
        if (digest.total() > Inbox.SHOWN) {
            text.append(messages.getMessage("digest.more", new Object[] {digest.total() - Inbox.SHOWN}, locale)).append("\n\n");
        }
        text.append(messages.getMessage("digest.footer", new Object[] {base + "/account/inbox"}, locale)).append('\n');
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(digest.email());
        message.setSubject(messages.getMessage("digest.subject", new Object[] {digest.total()}, locale));
        message.setText(text.toString());
        return message;
    }

    /** One change in a line: "Event updated: …". */
    static String line(MessageSource messages, Locale locale, Inbox.Item item) {
        String entity = messages.getMessage("enum.ChangeEntity." + item.entity().name(), null, item.entity().name(), locale);
        String action = messages.getMessage("enum.ChangeAction." + item.action().name(), null, item.action().name(), locale);
        return entity + " · " + action + ": " + item.summary();
    }
}
