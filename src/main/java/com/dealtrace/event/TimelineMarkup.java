package com.dealtrace.event;

import java.util.Map;
import java.util.Set;

import com.dealtrace.web.Formats;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

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
 * <li>{@code <th:block dt:event="${entry}"></th:block>}: what the timeline shows of one event, from its kind to the
 * resolution of its dispute: everything but the date and the editor's actions, which stay in the template.</li>
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
        return Set.of(new Cited(prefix), new Event(prefix));
    }

    /** The items of one list, as the page shows them. */
    String items(Iterable<CitedSourceLine> sources, ITemplateContext context) {
        var html = new StringBuilder(512);
        items(html, sources, context);
        return html.toString();
    }

    private void items(StringBuilder html, Iterable<CitedSourceLine> sources, ITemplateContext context) {
        for (CitedSourceLine s : sources) {
            html.append("<li><span class=\"risk risk-").append(s.risk().cssClass()).append("\">")
                    .append(escape(formats.label(s.risk()))).append("</span>\n    ");
            if (s.stance() != Stance.SUPPORTS) {
                html.append("<span class=\"tag stance ").append(s.stance().cssClass()).append("\">")
                        .append(escape(formats.label(s.stance()))).append("</span>");
            }
            html.append("\n    <a href=\"").append(escape(context.buildLink("/sources/" + s.sourceId(), null)))
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

    /** One event, from its kind to its dispute's resolution. */
    String event(TimelineEntry e, ITemplateContext context) {
        var html = new StringBuilder(2048);
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
        return html.toString();
    }

    /** A message as {@code th:text="#{key(args)}"} writes it. */
    private static String message(ITemplateContext context, String key, Object... arguments) {
        return escape(context.getMessage(null, key, arguments, true));
    }

    /** As {@code th:text} escapes in HTML. */
    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }

    /** {@code dt:event}: the element becomes what the timeline shows of the event its expression gives. */
    private final class Event extends AbstractAttributeTagProcessor {

        Event(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "event", true, StandardDialect.PROCESSOR_PRECEDENCE, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, IElementTagStructureHandler structureHandler) {
            var entry = (TimelineEntry) StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            structureHandler.replaceWith(event(entry, context), false);
        }
    }

    /** {@code dt:cited}: the element's body becomes the items of the sources its expression gives. */
    private final class Cited extends AbstractAttributeTagProcessor {

        Cited(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "cited", true, StandardDialect.PROCESSOR_PRECEDENCE, true);
        }

        @Override
        @SuppressWarnings("unchecked")
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, IElementTagStructureHandler structureHandler) {
            var sources = (Iterable<CitedSourceLine>) StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            structureHandler.setBody(items(sources, context), false);
        }
    }
}
