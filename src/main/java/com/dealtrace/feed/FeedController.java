package com.dealtrace.feed;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.dealtrace.web.Deployment;
import com.dealtrace.web.Formats;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Atom 1.0 feeds of new and changed events: all, per deal, per party (including a regulator's cases). */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final FeedService feeds;
    private final Formats fmt;
    private final Deployment deployment;

    FeedController(FeedService feeds, Formats fmt, Deployment deployment) {
        this.feeds = feeds;
        this.fmt = fmt;
        this.deployment = deployment;
    }

    @GetMapping("/feeds/events.atom")
    ResponseEntity<byte[]> all(HttpServletRequest request) throws XMLStreamException {
        return atom(feeds.all(), "/", request);
    }

    @GetMapping("/deals/{slug}/events.atom")
    ResponseEntity<byte[]> deal(@PathVariable String slug, HttpServletRequest request) throws XMLStreamException {
        return atom(feeds.deal(slug), "/deals/" + slug + "/timeline", request);
    }

    @GetMapping("/parties/{slug}/events.atom")
    ResponseEntity<byte[]> party(@PathVariable String slug, HttpServletRequest request) throws XMLStreamException {
        return atom(feeds.party(slug), "/parties/" + slug, request);
    }

    private ResponseEntity<byte[]> atom(FeedService.Feed feed, String page, HttpServletRequest request)
            throws XMLStreamException {
        // ids and links from the configured public address: a reader's Host header must not become another's feed
        String base = deployment.base(request);
        String self = base + request.getRequestURI().substring(request.getContextPath().length());
        var out = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        element(xml, "id", self);
        element(xml, "title", feed.title());
        element(xml, "updated", timestamp(feed.entries().isEmpty() ? EPOCH : feed.entries().get(0).updated()));
        link(xml, "self", self, ATOM.toString().replace(";charset=UTF-8", ""));
        link(xml, "alternate", base + page, "text/html");
        xml.writeStartElement("author");
        element(xml, "name", "Dealtrace");
        xml.writeEndElement();
        for (var entry : feed.entries()) {
            String href = base + "/deals/" + entry.dealSlug() + "/timeline#event-" + entry.id();
            xml.writeStartElement("entry");
            element(xml, "id", base + "/events/" + entry.id());
            element(xml, "title", entry.title());
            element(xml, "published", timestamp(entry.published()));
            element(xml, "updated", timestamp(entry.updated()));
            link(xml, "alternate", href, "text/html");
            xml.writeStartElement("category");
            xml.writeAttribute("term", entry.kind().name().toLowerCase());
            xml.writeAttribute("label", xmlText(fmt.label(entry.kind())));
            xml.writeEndElement();
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(xmlText(fmt.date(entry.date()) + " · " + entry.dealTitle() + ". " + entry.description()
                    + (entry.sources() == 0 ? " (unsourced)" : " (" + entry.sources() + " cited sources)")));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toByteArray());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /** The text without the characters XML 1.0 cannot hold (control characters other than tab and line breaks). */
    static String xmlText(String text) {
        return text == null ? "" : text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String timestamp(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
