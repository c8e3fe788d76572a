package com.dealtrace.party;

import com.dealtrace.web.EditForm;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A party as editors change it; pages read parties through {@link PartyQueries}. */
@Entity
@Table(name = "party")
class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private PartyKind kind;
    @JdbcTypeCode(SqlTypes.CHAR)
    private String country;
    private String website;
    private String[] aliases = {};
    private String description;
    @Column(name = "organisation_id")
    private Long organisationId;
    private String position;
    @Version
    private int version;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    protected Party() {
    }

    Party(String slug) {
        this.slug = slug;
    }

    void apply(PartyForm form, Long organisation) {
        name = form.getName().trim();
        kind = form.getKind();
        country = EditForm.text(form.getCountry());
        website = EditForm.text(form.getWebsite());
        aliases = PartyForm.aliases(form.getAliases()).toArray(String[]::new);
        description = EditForm.text(form.getDescription());
        organisationId = kind == PartyKind.PERSON ? organisation : null;
        position = kind == PartyKind.PERSON ? EditForm.text(form.getPosition()) : null;
        updatedAt = OffsetDateTime.now();
    }

    Long getId() {
        return id;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    PartyKind getKind() {
        return kind;
    }

    String getCountry() {
        return country;
    }

    String getWebsite() {
        return website;
    }

    List<String> getAliases() {
        return Arrays.asList(aliases);
    }

    String getDescription() {
        return description;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getPosition() {
        return position;
    }

    int getVersion() {
        return version;
    }
}
