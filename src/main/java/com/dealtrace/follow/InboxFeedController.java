package com.dealtrace.follow;

import java.time.OffsetDateTime;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

import com.dealtrace.feed.AtomWriter;
import com.dealtrace.web.Deployment;
import com.dealtrace.web.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's private Atom feed of the changes to what they follow, addressed by a secret token instead of a sign-in
 * (feed readers cannot sign in). A revoked or unknown token, or a disabled user's, is a 404.
 */
@RestController
class InboxFeedController {

    private final Inbox inbox;
    private final Deployment deployment;
    private final MessageSource messages;

    InboxFeedController(Inbox inbox, Deployment deployment, MessageSource messages) {
        this.inbox = inbox;
        this.deployment = deployment;
        this.messages = messages;
    }

    @GetMapping("/feeds/inbox/{token}.atom")
    ResponseEntity<byte[]> feed(@PathVariable String token, HttpServletRequest request) throws XMLStreamException {
        var reader = inbox.feedReader(token).orElseThrow(() -> new NotFoundException("feed", "token"));
        var groups = inbox.feed(reader);
        Locale locale = Locale.forLanguageTag(reader.language());
        String base = deployment.base(request);
        OffsetDateTime updated = groups.stream().flatMap(g -> g.items().stream()).map(Inbox.Item::changedAt)
                .max(OffsetDateTime::compareTo).orElse(AtomWriter.EPOCH);
        // the id names the user, not the secret, so that a new token keeps the same feed for a reader
        var atom = new AtomWriter(base + "/account/inbox#" + reader.username(),
                messages.getMessage("inbox.feed.title", new Object[] {reader.username()}, locale), updated)
                .link("alternate", base + "/account/inbox", "text/html")
                .author("Dealtrace");
        for (var group : groups) {
            for (var item : group.items()) {
                atom.startEntry()
                        .element("id", base + "/changes/" + item.changeId())
                        .element("title", group.title() + ": " + DigestMailer.line(messages, locale, item))
                        .element("updated", item.changedAt())
                        .link("alternate", base + item.href(), "text/html")
                        .author(item.changedBy())
                        .endEntry();
            }
        }
        return ResponseEntity.ok().contentType(AtomWriter.ATOM).cacheControl(CacheControl.noStore()).body(atom.bytes());
    }
}
