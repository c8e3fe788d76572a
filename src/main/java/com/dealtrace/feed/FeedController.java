package com.dealtrace.feed;

import javax.xml.stream.XMLStreamException;

import com.dealtrace.web.Deployment;
import com.dealtrace.web.Formats;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Atom 1.0 feeds of new and changed events: all, per deal, per party (including a regulator's cases). */
@RestController
class FeedController {

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
        var atom = new AtomWriter(self, feed.title(),
                feed.entries().isEmpty() ? AtomWriter.EPOCH : feed.entries().get(0).updated())
                .link("self", self, AtomWriter.ATOM.toString().replace(";charset=UTF-8", ""))
                .link("alternate", base + page, "text/html")
                .author("Dealtrace");
        for (var entry : feed.entries()) {
            atom.startEntry()
                    .element("id", base + "/events/" + entry.id())
                    .element("title", entry.title())
                    .element("published", entry.published())
                    .element("updated", entry.updated())
                    .link("alternate", base + "/deals/" + entry.dealSlug() + "/timeline#event-" + entry.id(), "text/html")
                    .category(entry.kind().name().toLowerCase(), fmt.label(entry.kind()))
                    .summary(fmt.date(entry.date()) + " · " + entry.dealTitle() + ". " + entry.description()
                            + (entry.sources() == 0 ? " (unsourced)" : " (" + entry.sources() + " cited sources)"))
                    .endEntry();
        }
        return ResponseEntity.ok().contentType(AtomWriter.ATOM).body(atom.bytes());
    }
}
