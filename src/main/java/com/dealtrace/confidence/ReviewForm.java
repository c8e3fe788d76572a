package com.dealtrace.confidence;

import com.dealtrace.web.PlainText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A second admin's review of a proposed grade: confirm or reject, with a note. */
@PlainText
public class ReviewForm {

    /** What the reviewer decides. */
    public enum Decision {
        CONFIRM, REJECT
    }

    @NotNull(message = "{validation.reviewForm.decision.notNull}")
    private Decision decision;
    @NotBlank(message = "{validation.reviewForm.note.notBlank}")
    @Size(max = 2_000, message = "{validation.reviewForm.note.size}")
    private String note;

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
