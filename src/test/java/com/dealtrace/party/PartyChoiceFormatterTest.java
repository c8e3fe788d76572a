package com.dealtrace.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;

/** A party typed in a form binds through one look-up of its slug; anything else binds as typed and names no party. */
@DealtraceTest
class PartyChoiceFormatterTest {

    @Autowired
    PartyChoiceFormatter formatter;

    @Autowired
    @Qualifier("mvcConversionService")
    ConversionService conversions;

    @Test
    void aSlugNamesItsParty() {
        var choice = formatter.parse(" mistral-ai ", Locale.ENGLISH);

        assertThat(choice.known()).isTrue();
        assertThat(choice.name()).isEqualTo("Mistral AI");
        assertThat(choice.typed()).isEqualTo("mistral-ai");
        assertThat(formatter.print(choice, Locale.ENGLISH)).isEqualTo("mistral-ai");
    }

    @Test
    void textForFindStaysAsTypedAndNamesNoParty() {
        for (String typed : new String[] {"Mistral", "a\u0000b", "x".repeat(10_000), "'; drop table party; --"}) {
            var choice = formatter.parse(typed, Locale.ENGLISH);

            assertThat(choice.known()).as(typed.length() + " characters").isFalse();
            assertThat(choice.typed()).isEqualTo(typed.strip());
        }
    }

    @Test
    void regulatorsAreTheRegulatorsAndGovernmentBodies() {
        assertThat(formatter.parse("uk-cma", Locale.ENGLISH).regulator()).isTrue();
        assertThat(formatter.parse("microsoft", Locale.ENGLISH).regulator()).isFalse();
    }

    @Test
    void formsBindThroughIt() {
        assertThat(conversions.convert("microsoft", PartyChoice.class)).extracting(PartyChoice::name).isEqualTo("Microsoft");
        assertThat(conversions.convert("", PartyChoice.class)).isNull();
    }
}
