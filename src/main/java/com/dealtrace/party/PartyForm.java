package com.dealtrace.party;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dealtrace.web.EditForm;
import com.dealtrace.web.PlainText;
import com.dealtrace.web.SlugInput;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The party editor's form. */
@PlainText
public class PartyForm implements EditForm {

    @NotBlank(message = "{validation.partyForm.name.notBlank}")
    @Size(max = 200, message = "{validation.partyForm.name.size}")
    private String name;
    @NotNull(message = "{validation.partyForm.kind.notNull}")
    private PartyKind kind;
    @Pattern(regexp = "^$|^[A-Z]{2}$", message = "{validation.partyForm.country.pattern}")
    private String country;
    @Size(max = 500)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.partyForm.website.pattern}")
    private String website;
    @Size(max = 1_000, message = "{validation.partyForm.aliases.size}")
    private String aliases;
    @Size(max = 5_000, message = "{validation.partyForm.description.size}")
    private String description;
    private PartyChoice organisation;
    @Size(max = 200)
    private String position;
    private Integer version;
    /** Set where the editor saw the parties like this one and means a new party all the same. */
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

    static PartyForm of(Party party, PartyChoice organisation) {
        var form = new PartyForm();
        form.name = party.getName();
        form.slug = party.getSlug();
        form.kind = party.getKind();
        form.country = party.getCountry();
        form.website = party.getWebsite();
        form.aliases = String.join("\n", party.getAliases());
        form.description = party.getDescription();
        form.organisation = organisation;
        form.position = party.getPosition();
        form.version = party.getVersion();
        return form;
    }

    Map<String, String> snapshot() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("party.edit.field.name", name);
        values.put("party.edit.field.kind", kind == null ? null : kind.name());
        values.put("party.edit.field.country", country);
        values.put("party.edit.field.website", website);
        values.put("party.edit.field.aliases", String.join("\n", aliases(aliases)));
        values.put("party.edit.field.description", description);
        values.put("party.edit.field.organisation", organisation == null ? null : organisation.typed());
        values.put("party.edit.field.position", position);
        return values;
    }

    /** One alias a line, kept as typed: a comma belongs to names such as "Inflection AI, Inc.". */
    static List<String> aliases(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::trim).filter(a -> !a.isEmpty()).distinct().toList();
    }


    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartyKind getKind() {
        return kind;
    }

    public void setKind(PartyKind kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public PartyChoice getOrganisation() {
        return organisation;
    }

    public void setOrganisation(PartyChoice organisation) {
        this.organisation = organisation;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
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
