package com.dealtrace.follow;

import java.io.Serializable;

import com.dealtrace.change.ContentVersion;
import com.dealtrace.security.Viewer;
import com.dealtrace.web.HeaderCount;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The unread count in the header. It is kept in the reader's session with the content version it was counted at,
 * so a page costs no statement for it until something is edited (any edit changes the version) or the reader
 * follows, unfollows or reads (the controllers then {@link #forget} it). Sessions live in PostgreSQL, so every
 * instance sees the same. Templates read it as {@code @inboxCount.current()}; the page cache through
 * {@link HeaderCount}.
 */
@Component("inboxCount")
public class InboxCount implements HeaderCount {

    static final String ATTRIBUTE = InboxCount.class.getName();

    private record Counted(String username, long version, int count) implements Serializable {
    }

    private final InboxQueries queries;
    private final ContentVersion version;
    private final RoleHierarchy roles;

    InboxCount(InboxQueries queries, ContentVersion version, RoleHierarchy roles) {
        this.queries = queries;
        this.version = version;
        this.roles = roles;
    }

    /** The current reader's unread count: 0 when signed out. */
    public int current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? count(attributes.getRequest()) : 0;
    }

    @Override
    public String text(HttpServletRequest request) {
        return String.valueOf(count(request));
    }

    int count(HttpServletRequest request) {
        Viewer viewer = Viewer.of(SecurityContextHolder.getContext().getAuthentication(), roles);
        if (!viewer.isSignedIn()) {
            return 0;
        }
        long now = version.current();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Counted counted
                && counted.username().equals(viewer.username()) && counted.version() == now) {
            return counted.count();
        }
        int count;
        try {
            count = queries.unread(viewer.username(), viewer.audience());
        }
        catch (DataAccessException ex) {
            // the database is away: the 503 page and the pages served meanwhile still get a header
            return session != null && session.getAttribute(ATTRIBUTE) instanceof Counted counted
                    && counted.username().equals(viewer.username()) ? counted.count() : 0;
        }
        if (session != null) {
            session.setAttribute(ATTRIBUTE, new Counted(viewer.username(), now, count));
        }
        return count;
    }

    /** Drops the kept count after the reader changed what they follow or read. */
    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
