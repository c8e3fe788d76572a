package com.dealtrace.event;

import com.dealtrace.web.PlainText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How an editor resolves a dispute over an event: a note that the history keeps. */
@PlainText
public class DisputeForm {

    @NotBlank(message = "{validation.disputeForm.note.notBlank}")
    @Size(max = 2_000, message = "{validation.disputeForm.note.size}")
    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
