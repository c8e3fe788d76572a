package com.dealtrace.change;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field a change altered, with its value before and after (null where it had none). */
public record FieldChange(String field, String before, String after) {

    /** The fields whose values differ between two snapshots, in the order of the fields. */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        var fields = new LinkedHashSet<String>();
        fields.addAll(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = blankToNull(before.get(field));
            String now = blankToNull(after.get(field));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
