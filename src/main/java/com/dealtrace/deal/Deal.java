package com.dealtrace.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A deal as editors change it; pages read deals through {@link DealQueries} instead. */
@Entity
@Table(name = "deal")
class Deal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    @Enumerated(EnumType.STRING)
    private DealType type;
    @Enumerated(EnumType.STRING)
    private DealStatus status;
    @Column(name = "announced_on")
    private LocalDate announcedOn;
    private String summary = "";
    private BigDecimal amount;
    @JdbcTypeCode(SqlTypes.CHAR)
    private String currency;
    @Column(name = "amount_note")
    private String amountNote;
    private String language = "en";
    @Column(name = "signal_type")
    private String signalType;
    private String region;
    @Column(name = "market_class")
    private String marketClass;
    private String category;
    @Column(name = "primary_domain")
    private String primaryDomain;
    private String topic;
    @Enumerated(EnumType.STRING)
    private Level impact;
    @Enumerated(EnumType.STRING)
    @Column(name = "operational_relevance")
    private Level operationalRelevance;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_horizon")
    private TimeHorizon timeHorizon;
    @Column(name = "operating_surface")
    private String[] operatingSurface = {};
    @Column(name = "watch_items")
    private String[] watchItems = {};
    @Enumerated(EnumType.STRING)
    private Visibility visibility = Visibility.PUBLIC;
    @Enumerated(EnumType.STRING)
    private PublicationState state = PublicationState.DRAFT;
    @Version
    private int version;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt = OffsetDateTime.now();
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "deal_id", nullable = false)
    @OrderBy("position")
    private List<Participation> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "deal_translation", joinColumns = @JoinColumn(name = "deal_id"))
    @OrderBy("language")
    private List<DealTranslation> translations = new ArrayList<>();

    protected Deal() {
    }

    Deal(String slug) {
        this.slug = slug;
    }

    /** Takes every field of the form; the participants and translations are replaced. */
    void apply(DealForm form, List<Participation> newParticipants) {
        title = form.getTitle().trim();
        type = form.getType();
        status = form.getStatus();
        announcedOn = form.getAnnouncedOn();
        summary = DealForm.text(form.getSummary(), "");
        amount = form.getAmount();
        currency = DealForm.text(form.getCurrency(), null);
        amountNote = DealForm.text(form.getAmountNote(), null);
        language = form.getLanguage();
        signalType = DealForm.text(form.getSignalType(), null);
        region = DealForm.text(form.getRegion(), null);
        marketClass = DealForm.text(form.getMarketClass(), null);
        category = DealForm.text(form.getCategory(), null);
        primaryDomain = DealForm.text(form.getPrimaryDomain(), null);
        topic = DealForm.text(form.getTopic(), null);
        impact = form.getImpact();
        operationalRelevance = form.getOperationalRelevance();
        timeHorizon = form.getTimeHorizon();
        operatingSurface = DealForm.lines(form.getOperatingSurface()).toArray(String[]::new);
        watchItems = DealForm.lines(form.getWatchItems()).toArray(String[]::new);
        visibility = form.getVisibility();
        // Keep the rows of roles still held: Hibernate inserts before it deletes, so re-adding a role removed in
        // the same flush would break the one-row-per-role rule.
        participants.removeIf(old -> newParticipants.stream().noneMatch(p -> p.sameRole(old)));
        for (Participation wanted : newParticipants) {
            participants.stream().filter(p -> p.sameRole(wanted)).findFirst()
                    .ifPresentOrElse(kept -> kept.take(wanted), () -> participants.add(wanted));
        }
        translations.clear();
        form.getTranslations().stream()
                .filter(DealForm.TranslationRow::isFilled)
                .forEach(t -> translations.add(new DealTranslation(t.getLanguage().trim(), t.getTitle().trim(),
                        DealForm.text(t.getSummary(), ""))));
        updatedAt = OffsetDateTime.now();
    }

    void publish(boolean published) {
        state = published ? PublicationState.PUBLISHED : PublicationState.DRAFT;
        updatedAt = OffsetDateTime.now();
    }

    void delete() {
        deletedAt = OffsetDateTime.now();
    }

    void restore() {
        deletedAt = null;
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

    String getTitle() {
        return title;
    }

    DealType getType() {
        return type;
    }

    DealStatus getStatus() {
        return status;
    }

    LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    String getSummary() {
        return summary;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    String getAmountNote() {
        return amountNote;
    }

    String getLanguage() {
        return language;
    }

    String getSignalType() {
        return signalType;
    }

    String getRegion() {
        return region;
    }

    String getMarketClass() {
        return marketClass;
    }

    String getCategory() {
        return category;
    }

    String getPrimaryDomain() {
        return primaryDomain;
    }

    String getTopic() {
        return topic;
    }

    Level getImpact() {
        return impact;
    }

    Level getOperationalRelevance() {
        return operationalRelevance;
    }

    TimeHorizon getTimeHorizon() {
        return timeHorizon;
    }

    List<String> getOperatingSurface() {
        return List.of(operatingSurface);
    }

    List<String> getWatchItems() {
        return List.of(watchItems);
    }

    Visibility getVisibility() {
        return visibility;
    }

    PublicationState getState() {
        return state;
    }

    int getVersion() {
        return version;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    List<Participation> getParticipants() {
        return participants;
    }

    List<DealTranslation> getTranslations() {
        return translations;
    }
}
