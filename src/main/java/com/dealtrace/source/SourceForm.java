package com.dealtrace.source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.dealtrace.web.EditForm;
import com.dealtrace.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/** The source editor's form. The address must be http or https and not known already. */
@PlainText
public class SourceForm implements EditForm {

    @NotBlank(message = "Give the address of the source.")
    @Size(max = 2_000, message = "Keep the address under 2,000 characters.")
    private String url;
    @NotBlank(message = "Give the source's title.")
    @Size(max = 500, message = "Keep the title under 500 characters.")
    private String title;
    private String publisherParty;
    @Size(max = 200, message = "Keep the publisher's name under 200 characters.")
    private String publisherName;
    @NotNull(message = "Choose what kind of publisher it is.")
    private PublisherKind publisherKind;
    @PastOrPresent(message = "A source cannot be published in the future.")
    private LocalDate publishedOn;
    @NotBlank(message = "Give the source's language.")
    @Pattern(regexp = "^[a-z]{2}$", message = "Use a two-letter code such as en.")
    private String language = "en";
    @NotNull(message = "Choose the risk: low for primary documents, medium for reputable news, high for second-hand claims.")
    private Risk risk;
    @Size(max = 1_000, message = "Keep the summary to one line (under 1,000 characters).")
    private String summary;
    @Size(max = 10_000, message = "Keep the notes under 10,000 characters.")
    private String notes;
    @Size(max = 2_000, message = "Keep the address under 2,000 characters.")
    private String archiveUrl;
    private Integer version;

    static SourceForm of(Source source, String partySlug) {
        var form = new SourceForm();
        form.url = source.getUrl();
        form.title = source.getTitle();
        form.publisherParty = partySlug;
        form.publisherName = source.getPublisherName();
        form.publisherKind = source.getPublisherKind();
        form.publishedOn = source.getPublishedOn();
        form.language = source.getLanguage();
        form.risk = source.getRisk();
        form.summary = source.getSummary();
        form.notes = source.getNotes();
        form.archiveUrl = source.getArchiveUrl();
        form.version = source.getVersion();
        return form;
    }

    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Address", url);
        values.put("Title", title);
        values.put("Publisher party", publisherParty);
        values.put("Publisher", publisherName);
        values.put("Publisher kind", publisherKind == null ? null : publisherKind.name());
        values.put("Published", publishedOn == null ? null : publishedOn.toString());
        values.put("Language", language);
        values.put("Risk", risk == null ? null : risk.name());
        values.put("Summary", summary);
        values.put("Notes", notes);
        values.put("Archived copy", archiveUrl);
        return values;
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

    public String getPublisherParty() {
        return publisherParty;
    }

    public void setPublisherParty(String publisherParty) {
        this.publisherParty = publisherParty;
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

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Risk getRisk() {
        return risk;
    }

    public void setRisk(Risk risk) {
        this.risk = risk;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getArchiveUrl() {
        return archiveUrl;
    }

    public void setArchiveUrl(String archiveUrl) {
        this.archiveUrl = archiveUrl;
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
