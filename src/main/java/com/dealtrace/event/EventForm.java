package com.dealtrace.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;
import com.dealtrace.source.SourceForm;
import com.dealtrace.web.DatePrecision;
import com.dealtrace.web.EditForm;
import com.dealtrace.web.PartialDate;
import com.dealtrace.web.PlainText;
import com.dealtrace.web.RowLimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** The event editor's form: a dated entry of a deal's timeline and the sources cited for it. */
@PlainText
public class EventForm implements EditForm {

    /** Blank citation rows offered under the filled ones; "Add a source" adds more. */
    static final int SPARE_ROWS = 1;

    /** Typed at its precision: 2024-07-15, 2024-07 or 2024. */
    @NotNull(message = "{validation.eventForm.occurredOn.notNull}")
    private PartialDate occurredOn;
    @NotNull(message = "{validation.eventForm.precision.notNull}")
    private DatePrecision precision = DatePrecision.DAY;
    @NotNull(message = "{validation.eventForm.kind.notNull}")
    private EventKind kind;
    @NotBlank(message = "{validation.eventForm.title.notBlank}")
    @Size(max = 300, message = "{validation.eventForm.title.size}")
    private String title;
    @Size(max = 10_000, message = "{validation.eventForm.description.size}")
    private String description;
    private String regulatoryCase;
    @Valid
    private List<CitationRow> citations = new ArrayList<>();
    @Valid
    private NewSource newSource = new NewSource();
    private Integer version;

    /**
     * A source not in Dealtrace yet, typed in the event form: created with the event and cited for it. Ignored while
     * all its fields are blank; its rules are the source form's, checked on save.
     */
    @PlainText
    public static class NewSource {

        @Size(max = 2_000, message = "{validation.sourceForm.url.size}")
        private String url;
        @Size(max = 500, message = "{validation.sourceForm.title.size}")
        private String title;
        @Size(max = 200, message = "{validation.sourceForm.publisherName.size}")
        private String publisherName;
        private PublisherKind publisherKind;
        private Risk risk;

        public boolean isFilled() {
            return !blank(url) || !blank(title) || !blank(publisherName) || publisherKind != null || risk != null;
        }

        /** The same fields as the source form would hold; the source form's rules and creation then apply. */
        SourceForm toSourceForm() {
            var form = new SourceForm();
            form.setUrl(url);
            form.setTitle(title);
            form.setPublisherName(publisherName);
            form.setPublisherKind(publisherKind);
            form.setRisk(risk);
            return form;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getPublisherName() {
            return publisherName;
        }

        public void setPublisherName(String publisherName) {
            this.publisherName = publisherName;
        }

        public PublisherKind getPublisherKind() {
            return publisherKind;
        }

        public void setPublisherKind(PublisherKind publisherKind) {
            this.publisherKind = publisherKind;
        }

        public Risk getRisk() {
            return risk;
        }

        public void setRisk(Risk risk) {
            this.risk = risk;
        }
    }

    /**
     * One cited source, named by its number or its address (the picker fills in the number); a row without a source
     * is ignored.
     */
    @PlainText
    public static class CitationRow {

        @Size(max = 2_000, message = "{validation.eventForm.citations.source.size}")
        private String source;
        @Size(max = 2_000, message = "{validation.eventForm.quote.size}")
        private String quote;
        @Size(max = 300, message = "{validation.eventForm.locator.size}")
        private String locator;
        @Size(max = 1_000, message = "{validation.eventForm.note.size}")
        private String note;
        private Stance stance = Stance.SUPPORTS;

        public CitationRow() {
        }

        CitationRow(String source, Stance stance, String quote, String locator, String note) {
            this.source = source;
            this.stance = stance;
            this.quote = quote;
            this.locator = locator;
            this.note = note;
        }

        boolean isFilled() {
            return source != null && !source.isBlank();
        }

        /** The number of the cited source, once the value names one; null before. */
        Long sourceId() {
            return source != null && source.strip().matches("\\d{1,18}") ? Long.valueOf(source.strip()) : null;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public Stance getStance() {
            return stance;
        }

        public void setStance(Stance stance) {
            this.stance = stance;
        }

        public String getQuote() {
            return quote;
        }

        public void setQuote(String quote) {
            this.quote = quote;
        }

        public String getLocator() {
            return locator;
        }

        public void setLocator(String locator) {
            this.locator = locator;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    static EventForm of(Event event, String caseSlug) {
        var form = new EventForm();
        form.occurredOn = new PartialDate(event.getOccurredOn(), event.getDatePrecision());
        form.precision = event.getDatePrecision();
        form.kind = event.getKind();
        form.title = event.getTitle();
        form.description = event.getDescription();
        form.regulatoryCase = caseSlug;
        event.getCitations().forEach(c -> form.citations.add(
                new CitationRow(String.valueOf(c.getSourceId()), c.getStance(), c.getQuote(), c.getLocator(), c.getNote())));
        form.version = event.getVersion();
        return form;
    }

    /** One more blank citation row, for the "Add a source" button; at most {@link RowLimit#MAX_ROWS}. */
    EventForm withAnotherRow() {
        if (citations.size() < RowLimit.MAX_ROWS) {
            citations.add(new CitationRow());
        }
        return this;
    }

    /** Cites the source in the first blank row (adding one if none is blank) and empties the new-source fields. */
    EventForm cite(long sourceId) {
        var blankRow = citations.stream().filter(row -> !row.isFilled()).findFirst();
        if (blankRow.isPresent()) {
            blankRow.get().setSource(String.valueOf(sourceId));
        }
        else {
            citations.add(new CitationRow(String.valueOf(sourceId), Stance.SUPPORTS, null, null, null));
        }
        newSource = new NewSource();
        return this;
    }

    /** Adds blank citation rows under the others; rows are never removed, so errors keep their place. */
    EventForm withSpareRows() {
        long blank = citations.stream().filter(row -> !row.isFilled()).count();
        for (long i = blank; i < SPARE_ROWS; i++) {
            citations.add(new CitationRow());
        }
        return this;
    }

    Map<String, String> snapshot(Map<Long, String> sourceTitles) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("event.edit.field.occurredOn", occurredOn == null ? null
                : date().date() + " (" + date().precision().name().toLowerCase() + ")");
        values.put("event.edit.field.kind", kind == null ? null : kind.name());
        values.put("event.edit.field.title", title);
        values.put("event.edit.field.description", description);
        values.put("event.edit.field.regulatoryCase", regulatoryCase);
        values.put("event.edit.legend.sources", citations.stream().filter(CitationRow::isFilled)
                .map(c -> sourceTitles.getOrDefault(c.sourceId(), "source " + c.getSource().strip())
                        + (c.getStance() == null || c.getStance() == Stance.SUPPORTS ? ""
                                : " [" + c.getStance().name().toLowerCase(java.util.Locale.ROOT) + "]")
                        + (blank(c.getQuote()) ? "" : " “" + c.getQuote().trim() + "”")
                        + (blank(c.getLocator()) ? "" : " (" + c.getLocator().trim() + ")"))
                .collect(Collectors.joining("\n")));
        return values;
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The date at the coarser of the precision it was typed at and the one chosen: 2024-07 is a month even where
     * "day" stays selected. Null without a date.
     */
    PartialDate date() {
        if (occurredOn == null) {
            return null;
        }
        var chosen = precision == null || precision.ordinal() < occurredOn.precision().ordinal()
                ? occurredOn.precision() : precision;
        return new PartialDate(occurredOn.date(), chosen);
    }

    /** The rules that span fields: an event cannot lie in the future, even at a coarser precision. */
    void validateAcross(Errors errors) {
        if (occurredOn != null && occurredOn.date().isAfter(LocalDate.now())) {
            errors.rejectValue("occurredOn", "validation.eventForm.occurredOn.pastOrPresent", "An event cannot lie in the future.");
        }
    }

    public PartialDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(PartialDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public void setPrecision(DatePrecision precision) {
        this.precision = precision;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRegulatoryCase() {
        return regulatoryCase;
    }

    public void setRegulatoryCase(String regulatoryCase) {
        this.regulatoryCase = regulatoryCase;
    }

    public NewSource getNewSource() {
        return newSource;
    }

    public void setNewSource(NewSource newSource) {
        this.newSource = newSource == null ? new NewSource() : newSource;
    }

    public List<CitationRow> getCitations() {
        return citations;
    }

    public void setCitations(List<CitationRow> citations) {
        this.citations = citations;
    }

    @Override
    public Integer getVersion() {
        return version;
    }

    @Override
    public void setVersion(Integer version) {
        this.version = version;
    }
}
