package com.dealtrace.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;
import com.dealtrace.party.ParticipantRole;
import com.dealtrace.party.PartyChoice;
import com.dealtrace.party.PartyEntry;
import com.dealtrace.web.EditForm;
import com.dealtrace.web.PlainText;
import com.dealtrace.web.RowLimit;
import com.dealtrace.web.SlugInput;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** The deal editor's form: every briefing field, the participants with their roles, and translations. */
@PlainText
public class DealForm implements EditForm {

    /** Blank participant rows offered under the filled ones; "Add a participant" adds more. */
    static final int SPARE_ROWS = 1;

    @NotBlank(message = "{validation.dealForm.title.notBlank}")
    @Size(max = 300, message = "{validation.dealForm.title.size}")
    private String title;
    @NotNull(message = "{validation.dealForm.type.notNull}")
    private DealType type;
    @NotNull(message = "{validation.dealForm.status.notNull}")
    private DealStatus status = DealStatus.ANNOUNCED;
    private LocalDate announcedOn;
    @Size(max = 20_000, message = "{validation.dealForm.summary.size}")
    private String summary;
    @DecimalMin(value = "0", message = "{validation.dealForm.amount.decimalMin}")
    @Digits(integer = 16, fraction = 2, message = "{validation.dealForm.amount.digits}")
    private BigDecimal amount;
    @Pattern(regexp = "^$|^[A-Z]{3}$", message = "{validation.dealForm.currency.pattern}")
    private String currency;
    @Size(max = 300)
    private String amountNote;
    @NotBlank(message = "{validation.dealForm.language.notBlank}")
    @Pattern(regexp = "^[a-z]{2}$", message = "{validation.dealForm.language.pattern}")
    private String language = "en";
    @Size(max = 300)
    private String signalType;
    @Size(max = 300)
    private String region;
    @Size(max = 300)
    private String marketClass;
    @Size(max = 300)
    private String category;
    @Size(max = 300)
    private String primaryDomain;
    @Size(max = 300)
    private String topic;
    private Level impact;
    private Level operationalRelevance;
    private TimeHorizon timeHorizon;
    @Size(max = 5_000, message = "{validation.dealForm.operatingSurface.size}")
    private String operatingSurface;
    @Size(max = 5_000, message = "{validation.dealForm.watchItems.size}")
    private String watchItems;
    @NotNull(message = "{validation.dealForm.visibility.notNull}")
    private Visibility visibility = Visibility.PUBLIC;
    @Valid
    private List<ParticipantRow> participants = new ArrayList<>();
    @Valid
    private List<TranslationRow> translations = new ArrayList<>();
    private Integer version;
    /** Set where the editor saw the deals like this one and means a new deal all the same. */
    private boolean saveAnyway;
    @SlugInput
    private String slug;

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public boolean isSaveAnyway() {
        return saveAnyway;
    }

    public void setSaveAnyway(boolean saveAnyway) {
        this.saveAnyway = saveAnyway;
    }

    /** One participant row: a party (as typed; a slug once chosen), its role and a note. A row without a party is ignored. */
    @PlainText
    public static class ParticipantRow {

        private PartyChoice party;
        private ParticipantRole role;
        @Size(max = 500, message = "{validation.dealForm.note.size}")
        private String note;

        public ParticipantRow() {
        }

        ParticipantRow(PartyChoice party, ParticipantRole role, String note) {
            this.party = party;
            this.role = role;
            this.note = note;
        }

        boolean isFilled() {
            return party != null;
        }

        public PartyChoice getParty() {
            return party;
        }

        public void setParty(PartyChoice party) {
            this.party = party;
        }

        public ParticipantRole getRole() {
            return role;
        }

        public void setRole(ParticipantRole role) {
            this.role = role;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** One translation row; a row without a language and title is ignored. */
    @PlainText
    public static class TranslationRow {

        @Pattern(regexp = "^$|^[a-z]{2}$", message = "{validation.dealForm.translation.language.pattern}")
        private String language;
        @Size(max = 300, message = "{validation.dealForm.translation.title.size}")
        private String title;
        @Size(max = 20_000)
        private String summary;

        public TranslationRow() {
        }

        TranslationRow(String language, String title, String summary) {
            this.language = language;
            this.title = title;
            this.summary = summary;
        }

        boolean isFilled() {
            return language != null && !language.isBlank() && title != null && !title.isBlank();
        }

        boolean isPartlyFilled() {
            return !isFilled() && (notBlank(language) || notBlank(title) || notBlank(summary));
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }
    }

    /** The deal's form, its participants named by the given parties (by id). */
    static DealForm of(Deal deal, Map<Long, PartyEntry> parties) {
        var form = new DealForm();
        form.title = deal.getTitle();
        form.slug = deal.getSlug();
        form.type = deal.getType();
        form.status = deal.getStatus();
        form.announcedOn = deal.getAnnouncedOn();
        form.summary = deal.getSummary();
        form.amount = deal.getAmount();
        form.currency = deal.getCurrency();
        form.amountNote = deal.getAmountNote();
        form.language = deal.getLanguage();
        form.signalType = deal.getSignalType();
        form.region = deal.getRegion();
        form.marketClass = deal.getMarketClass();
        form.category = deal.getCategory();
        form.primaryDomain = deal.getPrimaryDomain();
        form.topic = deal.getTopic();
        form.impact = deal.getImpact();
        form.operationalRelevance = deal.getOperationalRelevance();
        form.timeHorizon = deal.getTimeHorizon();
        form.operatingSurface = String.join("\n", deal.getOperatingSurface());
        form.watchItems = String.join("\n", deal.getWatchItems());
        form.visibility = deal.getVisibility();
        deal.getParticipants().forEach(p -> form.participants.add(
                new ParticipantRow(PartyChoice.of(parties.get(p.getPartyId())), p.getRole(), p.getNote())));
        deal.getTranslations().forEach(t -> form.translations.add(
                new TranslationRow(t.getLanguage(), t.getTitle(), t.getSummary())));
        form.version = deal.getVersion();
        return form;
    }

    /** One more blank participant row, for the "Add a participant" button; at most {@link RowLimit#MAX_ROWS}. */
    DealForm withAnotherRow() {
        if (participants.size() < RowLimit.MAX_ROWS) {
            participants.add(new ParticipantRow());
        }
        return this;
    }

    /**
     * Adds blank rows under the others so that an editor can add participants and translations. Rows are only
     * added, never removed, so that errors keep pointing at the rows the editor filled.
     */
    DealForm withSpareRows() {
        long blankParticipants = participants.stream().filter(row -> !row.isFilled()).count();
        for (long i = blankParticipants; i < SPARE_ROWS; i++) {
            participants.add(new ParticipantRow());
        }
        if (translations.stream().allMatch(row -> row.isFilled() || row.isPartlyFilled())) {
            translations.add(new TranslationRow());
        }
        return this;
    }

    /** The rules that span fields, reported beside the field to correct. */
    void validateAcross(Errors errors) {
        if (amount != null && (currency == null || currency.isBlank())) {
            errors.rejectValue("currency", "validation.dealForm.currency.required", "Give the currency of the amount.");
        }
        if (amount == null && currency != null && !currency.isBlank()) {
            errors.rejectValue("amount", "validation.dealForm.amount.required", "Give the amount in this currency, or clear the currency.");
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < participants.size(); i++) {
            var row = participants.get(i);
            if (!row.isFilled()) {
                continue;
            }
            if (row.getRole() == null) {
                errors.rejectValue("participants[" + i + "].role", "validation.dealForm.participants.role.required", "Choose the party's role.");
            }
            else if (!seen.add(row.getParty().typed() + "/" + row.getRole())) {
                errors.rejectValue("participants[" + i + "].role", "validation.dealForm.participants.role.duplicate", "This party already has this role.");
            }
        }
        for (int i = 0; i < translations.size(); i++) {
            if (translations.get(i).isPartlyFilled()) {
                String missing = notBlank(translations.get(i).getLanguage()) ? "title" : "language";
                errors.rejectValue("translations[" + i + "]." + missing, "validation.dealForm.translations.title.required",
                        "A translation needs a language and a title.");
            }
        }
    }

    /** The form's values by the message key of each field's label, for comparing versions and recording history. */
    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("deal.edit.field.title", title);
        values.put("deal.edit.field.type", name(type));
        values.put("deal.edit.field.status", name(status));
        values.put("deal.edit.field.announcedOn", announcedOn == null ? null : announcedOn.toString());
        values.put("deal.edit.field.summary", summary);
        values.put("deal.edit.field.amount", amount == null ? null : amount.stripTrailingZeros().toPlainString());
        values.put("deal.edit.field.currency", currency);
        values.put("deal.edit.field.amountNote", amountNote);
        values.put("deal.edit.field.language", language);
        values.put("deal.edit.field.signalType", signalType);
        values.put("deal.edit.field.region", region);
        values.put("deal.edit.field.marketClass", marketClass);
        values.put("deal.edit.field.category", category);
        values.put("deal.edit.field.primaryDomain", primaryDomain);
        values.put("deal.edit.field.topic", topic);
        values.put("deal.edit.field.impact", name(impact));
        values.put("deal.edit.field.operationalRelevance", name(operationalRelevance));
        values.put("deal.edit.field.timeHorizon", name(timeHorizon));
        values.put("deal.edit.field.operatingSurface", String.join("\n", lines(operatingSurface)));
        values.put("deal.edit.field.watchItems", String.join("\n", lines(watchItems)));
        values.put("deal.edit.field.visibility", name(visibility));
        values.put("deal.edit.legend.participants", participants.stream().filter(ParticipantRow::isFilled)
                .map(p -> (p.getParty().known() ? p.getParty().name() : p.getParty().typed()) + " (" + name(p.getRole()) + ")"
                        + (p.getNote() == null || p.getNote().isBlank() ? "" : ": " + p.getNote().trim()))
                .collect(Collectors.joining("\n")));
        values.put("deal.edit.legend.translations", translations.stream().filter(TranslationRow::isFilled)
                .map(t -> t.getLanguage() + ": " + t.getTitle().trim())
                .collect(Collectors.joining("\n")));
        return values;
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    static String text(String value, String ifBlank) {
        return value == null || value.isBlank() ? ifBlank : value.trim();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DealType getType() {
        return type;
    }

    public void setType(DealType type) {
        this.type = type;
    }

    public DealStatus getStatus() {
        return status;
    }

    public void setStatus(DealStatus status) {
        this.status = status;
    }

    public LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    public void setAnnouncedOn(LocalDate announcedOn) {
        this.announcedOn = announcedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    /** A three-letter code is kept upper-cased ("eur" is EUR); anything else stays as typed, to be refused. */
    public void setCurrency(String currency) {
        this.currency = currency != null && currency.strip().matches("[A-Za-z]{3}")
                ? currency.strip().toUpperCase(Locale.ROOT) : currency;
    }

    public String getAmountNote() {
        return amountNote;
    }

    public void setAmountNote(String amountNote) {
        this.amountNote = amountNote;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSignalType() {
        return signalType;
    }

    public void setSignalType(String signalType) {
        this.signalType = signalType;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getMarketClass() {
        return marketClass;
    }

    public void setMarketClass(String marketClass) {
        this.marketClass = marketClass;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPrimaryDomain() {
        return primaryDomain;
    }

    public void setPrimaryDomain(String primaryDomain) {
        this.primaryDomain = primaryDomain;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Level getImpact() {
        return impact;
    }

    public void setImpact(Level impact) {
        this.impact = impact;
    }

    public Level getOperationalRelevance() {
        return operationalRelevance;
    }

    public void setOperationalRelevance(Level operationalRelevance) {
        this.operationalRelevance = operationalRelevance;
    }

    public TimeHorizon getTimeHorizon() {
        return timeHorizon;
    }

    public void setTimeHorizon(TimeHorizon timeHorizon) {
        this.timeHorizon = timeHorizon;
    }

    public String getOperatingSurface() {
        return operatingSurface;
    }

    public void setOperatingSurface(String operatingSurface) {
        this.operatingSurface = operatingSurface;
    }

    public String getWatchItems() {
        return watchItems;
    }

    public void setWatchItems(String watchItems) {
        this.watchItems = watchItems;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public List<ParticipantRow> getParticipants() {
        return participants;
    }

    public void setParticipants(List<ParticipantRow> participants) {
        this.participants = participants;
    }

    public List<TranslationRow> getTranslations() {
        return translations;
    }

    public void setTranslations(List<TranslationRow> translations) {
        this.translations = translations;
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
