package com.dealtrace.feed;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;

/**
 * Writes one Atom 1.0 document, for the public event feeds and each user's private inbox feed: the feed's id, title
 * and time first, then its links, author and entries as the caller adds them; {@link #bytes()} ends it. Text loses
 * the characters XML 1.0 cannot hold.
 */
public final class AtomWriter {

    public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    /** The updated time of a feed without entries. */
    public static final OffsetDateTime EPOCH = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final String NS = "http://www.w3.org/2005/Atom";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;

    public AtomWriter(String id, String title, OffsetDateTime updated) throws XMLStreamException {
        xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        element("id", id);
        element("title", title);
        element("updated", updated);
    }

    public AtomWriter element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
        return this;
    }

    /** A date element ({@code updated}, {@code published}) in UTC. */
    public AtomWriter element(String name, OffsetDateTime time) throws XMLStreamException {
        return element(name, time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    public AtomWriter link(String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
        return this;
    }

    public AtomWriter author(String name) throws XMLStreamException {
        xml.writeStartElement("author");
        element("name", name);
        xml.writeEndElement();
        return this;
    }

    public AtomWriter category(String term, String label) throws XMLStreamException {
        xml.writeStartElement("category");
        xml.writeAttribute("term", term);
        xml.writeAttribute("label", xmlText(label));
        xml.writeEndElement();
        return this;
    }

    /** A plain-text summary. */
    public AtomWriter summary(String text) throws XMLStreamException {
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
        return this;
    }

    public AtomWriter startEntry() throws XMLStreamException {
        xml.writeStartElement("entry");
        return this;
    }

    public AtomWriter endEntry() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    /** Ends the feed and the document: the UTF-8 bytes. */
    public byte[] bytes() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    /** The text without the characters XML 1.0 cannot hold (control characters other than tab and line breaks). */
    static String xmlText(String text) {
        return text == null ? "" : text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
    }
}
