package com.dealtrace.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void textBecomesLowerCaseWordsJoinedByDashes() {
        assertThat(Slugs.of("ASML leads Mistral AI’s EUR 1.7 bn Series C")).isEqualTo("asml-leads-mistral-ai-s-eur-1-7-bn-series-c");
        assertThat(Slugs.of("Société Générale — Île-de-France")).isEqualTo("societe-generale-ile-de-france");
        assertThat(Slugs.of("<script>")).isEqualTo("script");
        assertThat(Slugs.of("  ?! ")).isEqualTo("untitled");
        assertThat(Slugs.of("x".repeat(200))).hasSize(80);
    }

    @Test
    void aTakenSlugGetsANumber() {
        var taken = Set.of("deal", "deal-2");

        assertThat(Slugs.unique("Deal", taken::contains)).isEqualTo("deal-3");
        assertThat(Slugs.unique("Other", taken::contains)).isEqualTo("other");
    }
}
