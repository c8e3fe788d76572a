package com.dealtrace.source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.dealtrace.party.PartyChoice;
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

    @NotBlank(message = "{validation.sourceForm.url.notBlank}")
    @Size(max = 2_000, message = "{validation.sourceForm.url.size}")
    private String url;
    @NotBlank(message = "{validation.sourceForm.title.notBlank}")
    @Size(max = 500, message = "{validation.sourceForm.title.size}")
    private String title;
    private PartyChoice publisherParty;
    @Size(max = 200, message = "{validation.sourceForm.publisherName.size}")
    private String publisherName;
    @NotNull(message = "{validation.sourceForm.publisherKind.notNull}")
    private PublisherKind publisherKind;
    @PastOrPresent(message = "{validation.sourceForm.publishedOn.pastOrPresent}")
    private LocalDate publishedOn;
    @NotBlank(message = "{validation.sourceForm.language.notBlank}")
    @Pattern(regexp = "^[a-z]{2}$", message = "{validation.sourceForm.language.pattern}")
    private String language = "en";
    @NotNull(message = "{validation.sourceForm.risk.notNull}")
    private Risk risk;
    @Size(max = 1_000, message = "{validation.sourceForm.summary.size}")
    private String summary;
    @Size(max = 10_000, message = "{validation.sourceForm.notes.size}")
    private String notes;
    @Size(max = 2_000, message = "{validation.sourceForm.archiveUrl.size}")
    private String archiveUrl;
    private Integer version;
    /** Set where the editor saw the sources like this one and means a new source all the same. */
    private boolean saveAnyway;

    public boolean isSaveAnyway() {
        return saveAnyway;
    }

    public void setSaveAnyway(boolean saveAnyway) {
        this.saveAnyway = saveAnyway;
    }

    static SourceForm of(Source source, PartyChoice publisher) {
        var form = new SourceForm();
        form.url = source.getUrl();
        form.title = source.getTitle();
        form.publisherParty = publisher;
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
        values.put("source.edit.field.url", url);
        values.put("source.edit.field.title", title);
        values.put("source.edit.field.publisherParty", publisherParty == null ? null : publisherParty.typed());
        values.put("source.edit.field.publisherName", publisherName);
        values.put("source.edit.field.publisherKind", publisherKind == null ? null : publisherKind.name());
        values.put("source.edit.field.publishedOn", publishedOn == null ? null : publishedOn.toString());
        values.put("source.edit.field.language", language);
        values.put("source.edit.field.risk", risk == null ? null : risk.name());
        values.put("source.edit.field.summary", summary);
        values.put("source.edit.field.notes", notes);
        values.put("source.edit.field.archiveUrl", archiveUrl);
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

    public PartyChoice getPublisherParty() {
        return publisherParty;
    }

    public void setPublisherParty(PartyChoice publisherParty) {
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
