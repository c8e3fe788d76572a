package com.dealtrace.party;

import java.util.Locale;

import com.dealtrace.web.Pick;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Binds a party typed in a form field (petclinic's {@code PetTypeFormatter} shape): one indexed look-up of the slug,
 * never a load of every party. Text that names no party still binds, as typed, for the picker's "Find" and for the
 * form's rules to refuse on a save.
 */
@Component
class PartyChoiceFormatter implements Formatter<PartyChoice> {

    private final PartyQueries queries;

    PartyChoiceFormatter(PartyQueries queries) {
        this.queries = queries;
    }

    @Override
    public PartyChoice parse(String text, Locale locale) {
        String typed = text.strip();
        // only a slug's shape is looked up: a NUL or 10,000 letters never reach the database
        return new PartyChoice(typed, Pick.couldBeSlug(typed) ? queries.entry(typed).orElse(null) : null);
    }

    @Override
    public String print(PartyChoice choice, Locale locale) {
        return choice.typed();
    }
}
