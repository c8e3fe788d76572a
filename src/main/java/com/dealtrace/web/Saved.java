package com.dealtrace.web;

import java.util.List;

import com.dealtrace.change.FieldChange;

/**
 * The outcome of saving an edit form: done, or a conflict because someone saved a newer version after the form was
 * opened. A conflict saves nothing and carries what differs, so the editor can compare and decide.
 */
public sealed interface Saved permits Saved.Done, Saved.Conflict {

    static Saved done() {
        return new Done();
    }

    /** Where the form's version is not the saved one, the conflict with what differs; otherwise null. */
    static Conflict check(Integer formVersion, int savedVersion, List<FieldChange> differences) {
        return formVersion != null && formVersion == savedVersion ? null : new Conflict(differences, savedVersion);
    }

    record Done() implements Saved {
    }

    record Conflict(List<FieldChange> differences, int currentVersion) implements Saved {
    }
}
