package com.dealtrace.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.dealtrace.security.Viewer;
import com.dealtrace.web.Formats;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.requestdata.RequestDataValueProcessorUtils;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.IWritableCharSequence;

/**
 * The markup of a timeline's events, written here instead of by the template engine. A heavy timeline lists 200
 * events citing a thousand sources; the engine took dozens of elements and expressions for each, and allocated 24 MB
 * for the page's 732 KB, which at 32 renders at once kept the garbage collector marking the heap. Every text is
 * escaped as {@code th:text} escapes it, every message and label comes from the template's own message resolver and
 * {@link Formats}, and each link is made by the template's own link builder, so the page's bytes are those the
 * template wrote (the tests keep the replaced templates and compare byte for byte); nothing here is written
 * unescaped.
 * <ul>
 * <li>{@code <ul class="cited" dt:cited="${sources}"></ul>}: a list of cited sources (risk, stance, title,
 * publisher, quote, locator).</li>
 * <li>{@code <ol class="timeline" dt:events="${entries}"></ol>}: the timeline's events, each with its date, kind,
 * support, sources, dispute and, for an editor on today's record, its actions (the delete form with the hidden
 * fields {@code th:action} adds, the CSRF token).</li>
 * <li>{@code <th:block dt:drawing="${view}"></th:block>}: the wide and the narrow drawing.</li>
 * </ul>
 */
@Component
class TimelineMarkup extends AbstractProcessorDialect {

    private static final String ROW = "\n                ";
    private static final String INNER = "\n                    ";
    private static final String INNERMOST = "\n                        ";

    private final Formats formats;

    TimelineMarkup(Formats formats) {
        super("Dealtrace", "dt", StandardDialect.PROCESSOR_PRECEDENCE);
        this.formats = formats;
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        return Set.of(new Written<Iterable<CitedSourceLine>>(prefix, "cited", this::items, false),
                new Written<List<TimelineEntry>>(prefix, "events", this::events, false),
                new Written<TimelineView>(prefix, "drawing", this::drawing, true));
    }

    /** The items of one list, as the page shows them. */
    Markup items(Iterable<CitedSourceLine> sources, ITemplateContext context) {
        return new Markup(sink -> items(new Html(sink), sources, context));
    }

    private void items(Html html, Iterable<CitedSourceLine> sources, ITemplateContext context) {
        var links = new SourceLinks(context);
        for (CitedSourceLine s : sources) {
            html.append("<li><span class=\"risk risk-").append(s.risk().cssClass()).append("\">")
                    .append(escape(formats.label(s.risk()))).append("</span>\n    ");
            if (s.stance() != Stance.SUPPORTS) {
                html.append("<span class=\"tag stance ").append(s.stance().cssClass()).append("\">")
                        .append(escape(formats.label(s.stance()))).append("</span>");
            }
            html.append("\n    <a href=\"").append(links.of(s.sourceId()))
                    .append("\">").append(escape(s.title())).append("</a>\n    <span class=\"muted\">")
                    .append(escape("— " + s.publisher())).append("</span>\n    ");
            if (s.quote() != null) {
                html.append("<q>").append(escape(s.quote())).append("</q>");
            }
            html.append("\n    ");
            if (s.locator() != null) {
                html.append("<span class=\"locator\">").append(escape("(" + s.locator() + ")")).append("</span>");
            }
            html.append("</li>");
        }
    }

    /**
     * The items of a timeline's list: each event with its date, what it is, its support and sources, its dispute, and
     * the editor's actions on today's record (a delete form with the CSRF token as {@code th:action} adds it).
     */
    Markup events(List<TimelineEntry> entries, ITemplateContext context) {
        var viewer = (Viewer) context.getVariable("viewer");
        boolean actions = viewer != null && viewer.editor() && context.getVariable("asOf") == null;
        Map<String, String> found = actions ? RequestDataValueProcessorUtils.getExtraHiddenFields(context) : null;
        Map<String, String> hidden = found == null ? Map.of() : found;
        // written straight to the page as it is written, not into a buffer first
        return new Markup(sink -> {
            var html = new Html(sink);
            for (var e : entries) {
                html.append("\n        ");
                event(html, e, context, actions, hidden);
            }
            html.append("\n    ");
        });
    }

    private void event(Html html, TimelineEntry e, ITemplateContext context, boolean actions,
            Map<String, String> hidden) {
        html.append("<li id=\"event-").append(e.id()).append("\" class=\"event kind-")
                .append(e.kind().name().toLowerCase(Locale.ROOT)).append(' ')
                .append(e.isRegulatoryMilestone() ? "milestone" : "").append(' ')
                .append(e.isUnsourced() ? "unsourced" : "").append(' ').append(e.isWeak() ? "weak" : "").append(' ')
                .append(e.isDisputed() ? "disputed" : "").append("\">\n            <div class=\"when\">\n                ")
                .append("<time datetime=\"").append(escape(formats.isoDate(e.date()))).append("\">")
                .append(escape(formats.date(e.date()))).append("</time>\n            </div>\n            <div class=\"what\">")
                .append(ROW);
        what(html, e, context);
        html.append(ROW);
        if (actions) {
            html.append("<div class=\"row-actions\">").append(INNER).append("<a href=\"")
                    .append(escape(context.buildLink("/events/{id}/edit", Map.of("id", e.id())))).append("\">")
                    .append(message(context, "timeline.edit")).append("</a>").append(INNER);
            if (e.isDisputed()) {
                html.append("<a href=\"").append(escape(context.buildLink("/events/{id}/resolve", Map.of("id", e.id()))))
                        .append("\">").append(message(context, "dispute.resolve")).append("</a>");
            }
            String action = RequestDataValueProcessorUtils.processAction(context,
                    context.buildLink("/events/{id}/delete", Map.of("id", e.id())), "post");
            html.append(INNER).append("<form data-shared-form class=\"inline\" method=\"post\" action=\"")
                    .append(escape(action)).append("\">");
            hidden.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(escape(name))
                    .append("\" value=\"").append(escape(value)).append("\"/>"));
            html.append(INNERMOST).append("<button type=\"submit\" class=\"link danger-link\">")
                    .append(message(context, "timeline.delete")).append("</button></form>").append(ROW).append("</div>");
        }
        html.append("\n            </div>\n        </li>");
    }

    /** What the timeline shows of one event, from its kind to its dispute's resolution. */
    private void what(Html html, TimelineEntry e, ITemplateContext context) {
        html.append("<p class=\"kind\">").append(INNER);
        if (e.isRegulatoryMilestone()) {
            html.append("<span class=\"milestone-key\" title=\"").append(message(context, "timeline.milestone"))
                    .append("\">§</span>");
        }
        html.append(INNER).append("<span>").append(escape(formats.label(e.kind()))).append("</span>").append(INNER);
        if (e.caseSlug() != null) {
            html.append(" · ").append(message(context, "timeline.milestoneOf")).append(INNERMOST).append("<a href=\"")
                    .append(escape(context.buildLink("/cases/{slug}", Map.of("slug", e.caseSlug())))).append("\">")
                    .append(escape(e.caseTitle())).append("</a>");
        }
        html.append(ROW).append("</p>").append(ROW);
        html.append("<h2>").append(escape(e.title())).append("</h2>").append(ROW);
        if (e.description() != null && !e.description().isBlank()) {
            html.append("<p>").append(escape(e.description())).append("</p>");
        }
        html.append(ROW);
        if (e.isUnsourced()) {
            html.append("<p class=\"unsourced-flag\">").append(message(context, "timeline.unsourced")).append("</p>");
        }
        html.append(ROW);
        var support = e.support();
        if (!e.isUnsourced() && support != null) {
            html.append("<p class=\"event-support\">").append(INNER)
                    .append(message(context, "support.line", support.sources(), support.origins())).append(INNER);
            if (support.bestRisk() != null) {
                html.append(" · <span class=\"risk risk-").append(support.bestRisk().cssClass()).append("\">")
                        .append(escape(formats.label(support.bestRisk()))).append("</span>");
            }
            html.append(INNER).append("· ").append(message(context, "support.suggested"))
                    .append(" <span class=\"grade grade-").append(escape(support.band())).append("\">")
                    .append(escape(support.grade())).append("</span>").append(INNER);
            if (support.weak()) {
                html.append("<span class=\"weak-flag\">").append(message(context, "support.weak")).append("</span>");
            }
            html.append("</p>");
        }
        html.append(ROW);
        if (e.isDisputed()) {
            html.append("<p class=\"disputed-flag\">").append(message(context, "dispute.flag")).append("</p>");
        }
        html.append(ROW);
        var contradicting = e.contradicting();
        if (!e.isUnsourced() && contradicting.isEmpty()) {
            html.append("<ul class=\"cited\">");
            items(html, e.sources(), context);
            html.append("</ul>");
        }
        html.append(ROW);
        if (!contradicting.isEmpty()) {
            var supporting = e.supporting();
            html.append("<div class=\"sides\">").append(INNER).append("<div class=\"side side-supports\">")
                    .append(INNERMOST).append("<h3>").append(message(context, "dispute.side.supports")).append("</h3>")
                    .append(INNERMOST);
            if (supporting.isEmpty()) {
                html.append("<p class=\"muted\">").append(message(context, "dispute.side.none")).append("</p>");
            }
            html.append(INNERMOST).append("<ul class=\"cited\">");
            items(html, supporting, context);
            html.append("</ul>").append(INNER).append("</div>").append(INNER)
                    .append("<div class=\"side side-contradicts\">").append(INNERMOST).append("<h3>")
                    .append(message(context, "dispute.side.contradicts")).append("</h3>").append(INNERMOST)
                    .append("<ul class=\"cited\">");
            items(html, contradicting, context);
            html.append("</ul>").append(INNER).append("</div>").append(INNER);
            var about = e.context();
            if (!about.isEmpty()) {
                html.append("<ul class=\"cited\">");
                items(html, about, context);
                html.append("</ul>");
            }
            html.append(ROW).append("</div>");
        }
        html.append(ROW);
        var resolution = e.resolution();
        if (resolution != null && !contradicting.isEmpty()) {
            html.append("<p class=\"resolution\">").append(INNER)
                    .append(message(context, "dispute.resolved", resolution.resolvedBy(),
                            formats.dateTime(resolution.resolvedAt())))
                    .append(INNER).append("<span class=\"rationale\">").append(escape(resolution.note()))
                    .append("</span></p>");
        }
    }

    /**
     * The two drawings of a timeline (TimelineDrawing's layout): the wide one with its legend of numbered marks, and
     * the narrow one with the key of kinds.
     */
    Markup drawing(TimelineView view, ITemplateContext context) {
        return new Markup(sink -> drawing(new Html(sink), view, context));
    }

    private void drawing(Html html, TimelineView view, ITemplateContext context) {
        var d = view.drawing();
        var v = d.vertical();
        String title = message(context, "timeline.drawing", view.entries().size(), d.bars().size());
        html.append("<div class=\"wide-timeline\">\n        <svg class=\"timeline-svg\" xmlns=\"http://www.w3.org/2000/svg\" ")
                .append("role=\"group\" aria-labelledby=\"drawing-title\" viewBox=\"0 0 ").append(d.width()).append(' ')
                .append(d.height()).append("\">\n            <title id=\"drawing-title\">").append(title)
                .append("</title>\n            <g class=\"ticks\">\n                ");
        for (var t : d.ticks()) {
            html.append("<g><line x1=\"").append(t.x()).append("\" x2=\"").append(t.x()).append("\" y1=\"16\" y2=\"")
                    .append(d.height()).append("\"></line>");
            if (t.label() != null) {
                html.append("<text x=\"").append(t.x()).append("\" y=\"12\" text-anchor=\"middle\">")
                        .append(escape(t.label())).append("</text>");
            }
            html.append("</g>");
        }
        html.append("\n            </g>\n            ");
        for (var r : d.rows()) {
            html.append("<g class=\"").append(escape("row " + r.cssClass())).append("\">\n                <line x1=\"")
                    .append(d.left() - 6).append("\" x2=\"980\" y1=\"").append(r.y()).append("\" y2=\"").append(r.y())
                    .append("\"></line>\n                <text x=\"4\" y=\"").append(r.y() + 4).append("\">");
            lines(html, r.lines(), "4", 14);
            html.append("</text>\n            </g>");
        }
        html.append("\n            ");
        if (d.todayX() != null) {
            html.append("<g class=\"today\">\n                <line x1=\"").append(d.todayX()).append("\" x2=\"")
                    .append(d.todayX()).append("\" y1=\"16\" y2=\"").append(d.height() - 15)
                    .append("\"></line>\n                <text x=\"").append(d.todayX()).append("\" y=\"")
                    .append(d.height() - 4).append("\" text-anchor=\"middle\">")
                    .append(message(context, "timeline.drawing.today")).append("</text>\n            </g>");
        }
        html.append("\n            ");
        for (var b : d.bars()) {
            bar(html, b, context).append("\" x=\"").append(b.x()).append("\" y=\"").append(b.y() - 6)
                    .append("\" width=\"").append(b.width()).append("\" height=\"12\" rx=\"3\"></rect>\n            </a>");
        }
        html.append("\n            ");
        for (var m : d.marks()) {
            html.append("<a href=\"#event-").append(m.eventId()).append("\">\n                <title>")
                    .append(markTitle(context, m.title(), m.unsourced())).append("</title>\n                ");
            if (m.span()) {
                html.append("<rect class=\"").append(markClass(true, m.cssClass(), m.unsourced()))
                        .append("\" x=\"").append(m.x()).append("\" y=\"").append(m.y() - 5).append("\" width=\"")
                        .append(m.width()).append("\" height=\"10\" rx=\"2\"></rect>");
            }
            html.append("\n                ");
            if (!m.span()) {
                html.append("<circle class=\"").append(markClass(false, m.cssClass(), m.unsourced()))
                        .append("\" cx=\"").append(m.x()).append("\" cy=\"").append(m.y()).append("\" r=\"5\"></circle>");
            }
            html.append("\n                ");
            if (m.label() != null) {
                html.append("<text class=\"mark-label").append(m.label().number() ? " number" : "").append("\" x=\"")
                        .append(m.label().x()).append("\" y=\"").append(m.label().y()).append("\">")
                        .append(escape(m.label().text())).append("</text>");
            }
            html.append("\n            </a>");
        }
        html.append("\n        </svg>\n        ");
        if (!d.legend().isEmpty()) {
            html.append("<ol class=\"drawing-legend\" aria-label=\"").append(message(context, "timeline.drawing.numbered"))
                    .append("\">\n            ");
            for (int k = 0; k < d.legend().size(); k++) {
                var n = d.legend().get(k);
                if (k > 0) {
                    html.append("\n            ");
                }
                html.append("<li value=\"").append(n.number()).append("\"><a href=\"#event-").append(n.eventId())
                        .append("\">").append(escape(n.title())).append("</a></li>");
            }
            html.append("\n        </ol>");
        }
        html.append("\n        </div>\n        <div class=\"narrow-timeline\">\n        <svg class=\"timeline-svg vertical\" ")
                .append("xmlns=\"http://www.w3.org/2000/svg\" role=\"group\" aria-labelledby=\"drawing-title-narrow\" ")
                .append("viewBox=\"0 0 ").append(v.width()).append(' ').append(v.height())
                .append("\">\n            <title id=\"drawing-title-narrow\">").append(title)
                .append("</title>\n            <line class=\"axis\" x1=\"8\" x2=\"8\" y1=\"0\" y2=\"").append(v.height())
                .append("\"></line>\n            ");
        if (v.todayY() != null) {
            html.append("<g class=\"today\">\n                <line x1=\"0\" x2=\"").append(v.textX() - 4).append("\" y1=\"")
                    .append(v.todayY() + 5).append("\" y2=\"").append(v.todayY() + 5).append("\"></line>\n                <text x=\"")
                    .append(v.textX()).append("\" y=\"").append(v.todayY() + 9).append("\">")
                    .append(message(context, "timeline.drawing.today")).append("</text>\n            </g>");
        }
        html.append("\n            ");
        for (var b : v.bars()) {
            bar(html, b, context).append("\" x=\"").append(b.x()).append("\" y=\"").append(b.y())
                    .append("\" width=\"6\" height=\"").append(b.width()).append("\" rx=\"3\"></rect>\n            </a>");
        }
        html.append("\n            ");
        String textX = String.valueOf(v.textX());
        for (var i : v.items()) {
            html.append("<a href=\"#event-").append(i.eventId()).append("\">\n                <title>")
                    .append(markTitle(context, i.title(), i.unsourced())).append("</title>\n                ");
            if (i.span()) {
                html.append("<rect class=\"").append(markClass(true, i.cssClass(), i.unsourced()))
                        .append("\" x=\"3\" y=\"").append(i.y() - 7).append("\" width=\"10\" height=\"14\" rx=\"2\"></rect>");
            }
            html.append("\n                ");
            if (!i.span()) {
                html.append("<circle class=\"").append(markClass(false, i.cssClass(), i.unsourced()))
                        .append("\" cx=\"8\" cy=\"").append(i.y()).append("\" r=\"5\"></circle>");
            }
            html.append("\n                <text class=\"date\" x=\"").append(textX).append("\" y=\"").append(i.y() + 4)
                    .append("\">").append(escape(i.date())).append("</text>\n                <text class=\"mark-label\" x=\"")
                    .append(textX).append("\" y=\"").append(i.y() + 19).append("\">");
            lines(html, i.lines(), textX, 15);
            html.append("</text>\n            </a>");
        }
        html.append("\n        </svg>\n        <ul class=\"drawing-key\" aria-label=\"")
                .append(message(context, "timeline.drawing.key")).append("\">\n            ");
        var kinds = d.kinds();
        for (int k = 0; k < kinds.size(); k++) {
            if (k > 0) {
                html.append("\n            ");
            }
            html.append("<li><svg class=\"swatch timeline-svg\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><circle class=\"mark kind-")
                    .append(kinds.get(k).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\" cx=\"6\" cy=\"6\" r=\"5\"></circle></svg>").append(escape(formats.label(kinds.get(k))))
                    .append("</li>");
        }
        html.append("\n        </ul>\n        </div>");
    }

    /** A case's bar up to its rectangle's class: the link, its title. */
    private Html bar(Html html, TimelineDrawing.Bar b, ITemplateContext context) {
        String title = b.undated() ? message(context, "timeline.drawing.undatedCase", b.label())
                : b.open() ? message(context, "timeline.drawing.openCase", b.label()) : escape(b.label());
        return html.append("<a href=\"").append(escape(context.buildLink("/cases/{slug}", Map.of("slug", b.slug()))))
                .append("\">\n                <title>").append(title).append("</title>\n                <rect class=\"")
                .append(escape("case-bar" + (b.open() ? " open" : "") + (b.undated() ? " undated" : "")));
    }

    /** The class of an event's mark in either drawing: a span or a dot, of its kind, hollow when unsourced. */
    private static String markClass(boolean span, String cssClass, boolean unsourced) {
        return escape((span ? "mark span " : "mark ") + cssClass + (unsourced ? " unsourced" : ""));
    }

    private static String markTitle(ITemplateContext context, String title, boolean unsourced) {
        return unsourced ? message(context, "timeline.drawing.unsourcedMark", title) : escape(title);
    }

    /** Lines of text as tspans, each under the one before it. */
    private static void lines(Html html, List<String> lines, String x, int dy) {
        for (int i = 0; i < lines.size(); i++) {
            html.append("<tspan x=\"").append(x).append("\" dy=\"").append(i == 0 ? 0 : dy).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
    }

    /**
     * The escaped links of one list's sources: the template's link builder is asked for the first and for the prefix
     * of all; when the first is the prefix and the id (the context path before it, no session in it), the others are
     * made the same way, else each is asked for.
     */
    private static final class SourceLinks {

        private final ITemplateContext context;
        private String prefix;

        SourceLinks(ITemplateContext context) {
            this.context = context;
        }

        String of(long sourceId) {
            if (prefix != null && !prefix.isEmpty()) {
                return prefix + sourceId;
            }
            String link = escape(context.buildLink("/sources/" + sourceId, null));
            if (prefix == null) {
                String candidate = escape(context.buildLink("/sources/", null));
                prefix = link.equals(candidate + sourceId) ? candidate : "";
            }
            return link;
        }
    }

    /** A message as {@code th:text="#{key(args)}"} writes it. */
    private static String message(ITemplateContext context, String key, Object... arguments) {
        return escape(context.getMessage(null, key, arguments, true));
    }

    /**
     * As {@code th:text} escapes in HTML (unbescape's {@code HtmlEscape.escapeHtml4Xml}: the five characters that
     * mean something in markup, {@code '} by its number), the result made in one array instead of character by
     * character: escaping was a tenth of a fresh heavy timeline's CPU. {@code MarkupEscapeTest} compares the two for
     * every character.
     */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        int escapedLength = length;
        for (int i = 0; i < length; i++) {
            switch (text.charAt(i)) {
                case '<', '>' -> escapedLength += 3;
                case '&', '\'' -> escapedLength += 4;
                case '"' -> escapedLength += 5;
                default -> {
                }
            }
        }
        if (escapedLength == length) {
            return text;
        }
        char[] escaped = new char[escapedLength];
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '\'' -> "&#39;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity == null) {
                escaped[at++] = c;
            }
            else {
                entity.getChars(0, entity.length(), escaped, at);
                at += entity.length();
            }
        }
        return new String(escaped);
    }

    /**
     * Markup written as it is made: each piece goes at once to the page's writer (or to whoever reads the markup as
     * characters), with no buffer between. A buffer of the events in a {@code StringBuilder} turned to two bytes a
     * character at the first dash and then spent a fifth of a fresh heavy timeline's CPU widening every piece.
     */
    private static final class Html {

        private static final String[] ASCII = new String[128];

        static {
            for (char c = 0; c < ASCII.length; c++) {
                ASCII[c] = String.valueOf(c);
            }
        }

        private final Consumer<String> sink;

        Html(Consumer<String> sink) {
            this.sink = sink;
        }

        Html append(String text) {
            sink.accept(String.valueOf(text));
            return this;
        }

        Html append(char c) {
            sink.accept(c < ASCII.length ? ASCII[c] : String.valueOf(c));
            return this;
        }

        Html append(long number) {
            sink.accept(Long.toString(number));
            return this;
        }
    }

    /**
     * Written markup handed to the engine without a copy: the engine writes it by asking it to write itself
     * ({@link IWritableCharSequence}), and it is made as it is written ({@link Html}).
     */
    private static final class Markup implements IWritableCharSequence {

        private final Consumer<Consumer<String>> pieces;
        private String whole;

        Markup(Consumer<Consumer<String>> pieces) {
            this.pieces = pieces;
        }

        @Override
        public void write(Writer writer) throws IOException {
            if (whole != null) {
                writer.write(whole);
                return;
            }
            try {
                pieces.accept(piece -> {
                    try {
                        writer.write(piece);
                    }
                    catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
            }
            catch (UncheckedIOException ex) {
                throw ex.getCause();
            }
        }

        /** The whole markup as one string, made once, for whoever reads it as characters instead of writing it. */
        private String whole() {
            if (whole == null) {
                var text = new StringBuilder();
                pieces.accept(text::append);
                whole = text.toString();
            }
            return whole;
        }

        @Override
        public int length() {
            return whole().length();
        }

        @Override
        public char charAt(int index) {
            return whole().charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return whole().subSequence(start, end);
        }

        @Override
        public String toString() {
            return whole();
        }
    }

    /**
     * One attribute of the dialect: its expression's value written by {@code write}, as the element's body (the
     * element stays) or in the element's place.
     */
    private static final class Written<T> extends AbstractAttributeTagProcessor {

        private final BiFunction<T, ITemplateContext, Markup> write;
        private final boolean replace;

        Written(String prefix, String name, BiFunction<T, ITemplateContext, Markup> write, boolean replace) {
            super(TemplateMode.HTML, prefix, null, false, name, true, StandardDialect.PROCESSOR_PRECEDENCE, true);
            this.write = write;
            this.replace = replace;
        }

        @Override
        @SuppressWarnings("unchecked")
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, IElementTagStructureHandler structureHandler) {
            var value = (T) StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            var html = write.apply(value, context);
            if (replace) {
                structureHandler.replaceWith(html, false);
            }
            else {
                structureHandler.setBody(html, false);
            }
        }
    }
}
