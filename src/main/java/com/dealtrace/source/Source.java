package com.dealtrace.source;

import com.dealtrace.web.EditForm;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A source as editors change it; pages read sources through {@link SourceQueries}. */
@Entity
@Table(name = "source")
class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Column(name = "publisher_id")
    private Long publisherId;
    @Column(name = "publisher_name")
    private String publisherName;
    @Enumerated(EnumType.STRING)
    @Column(name = "publisher_kind")
    private PublisherKind publisherKind;
    private String url;
    @Column(name = "url_key")
    private String urlKey;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    private String language = "en";
    @Enumerated(EnumType.STRING)
    private Risk risk;
    private String summary = "";
    private String notes;
    @Column(name = "archive_url")
    private String archiveUrl;
    @Version
    private int version;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    void apply(SourceForm form, Long partyId, String partyName, String key) {
        title = form.getTitle().trim();
        publisherId = partyId;
        publisherName = EditForm.text(form.getPublisherName()) == null ? partyName : form.getPublisherName().trim();
        publisherKind = form.getPublisherKind();
        url = form.getUrl().trim();
        urlKey = key;
        publishedOn = form.getPublishedOn();
        language = form.getLanguage();
        risk = form.getRisk();
        summary = EditForm.text(form.getSummary()) == null ? "" : form.getSummary().trim();
        notes = EditForm.text(form.getNotes());
        archiveUrl = EditForm.text(form.getArchiveUrl());
        updatedAt = OffsetDateTime.now();
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    Long getPublisherId() {
        return publisherId;
    }

    String getPublisherName() {
        return publisherName;
    }

    PublisherKind getPublisherKind() {
        return publisherKind;
    }

    String getUrl() {
        return url;
    }

    LocalDate getPublishedOn() {
        return publishedOn;
    }

    String getLanguage() {
        return language;
    }

    Risk getRisk() {
        return risk;
    }

    String getSummary() {
        return summary;
    }

    String getNotes() {
        return notes;
    }

    String getArchiveUrl() {
        return archiveUrl;
    }

    int getVersion() {
        return version;
    }
}
