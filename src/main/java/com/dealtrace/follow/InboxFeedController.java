package com.dealtrace.follow;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.dealtrace.web.Deployment;
import com.dealtrace.web.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
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

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

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
        var out = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        // the id names the user, not the secret, so that a new token keeps the same feed for a reader
        element(xml, "id", base + "/account/inbox#" + reader.username());
        element(xml, "title", messages.getMessage("inbox.feed.title", new Object[] {reader.username()}, locale));
        OffsetDateTime updated = groups.stream().flatMap(g -> g.items().stream()).map(Inbox.Item::changedAt)
                .max(OffsetDateTime::compareTo).orElse(EPOCH);
        element(xml, "updated", timestamp(updated));
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("href", base + "/account/inbox");
        xml.writeAttribute("type", "text/html");
        xml.writeStartElement("author");
        element(xml, "name", "Dealtrace");
        xml.writeEndElement();
        for (var group : groups) {
            for (var item : group.items()) {
                xml.writeStartElement("entry");
                element(xml, "id", base + "/changes/" + item.changeId());
                element(xml, "title", group.title() + ": " + DigestMailer.line(messages, locale, item));
                element(xml, "updated", timestamp(item.changedAt()));
                xml.writeEmptyElement("link");
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("href", base + item.href());
                xml.writeAttribute("type", "text/html");
                xml.writeStartElement("author");
                element(xml, "name", item.changedBy());
                xml.writeEndElement();
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noStore()).body(out.toByteArray());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /** The text without the characters XML 1.0 cannot hold. */
    private static String xmlText(String text) {
        return text == null ? "" : text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
    }

    private static String timestamp(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
