package com.dealtrace.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.dealtrace.deal.ConfidenceBand;
import com.dealtrace.deal.Grade;
import com.dealtrace.event.Stance;
import com.dealtrace.source.Risk;

import org.junit.jupiter.api.Test;

class ScoreCalculatorTest {

    private final ScoreCalculator calculator = new ScoreCalculator(Map.of(
            Risk.LOW, new BigDecimal("0.60"), Risk.MEDIUM, new BigDecimal("0.30"), Risk.HIGH, new BigDecimal("0.10")));

    @Test
    void noSourceScoresZero() {
        var score = calculator.score(List.of());

        assertThat(score.score()).isEqualByComparingTo("0.00");
        assertThat(score.band()).isEqualTo(ConfidenceBand.INTERNAL_MONITORING);
        assertThat(score.origins()).isEmpty();
        assertThat(score.formula(BigDecimal::toPlainString)).isEmpty();
    }

    @Test
    void oneLowRiskSourceWeighsSixtyPercent() {
        var score = calculator.score(List.of(source(1, "microsoft", Risk.LOW)));

        assertThat(score.score()).isEqualByComparingTo("0.60");
        assertThat(score.grade()).isEqualTo(Grade.B_C);
    }

    @Test
    void sourcesOfOnePublisherAreOneOriginWeighedByTheirBestRisk() {
        var score = calculator.score(List.of(
                source(1, "cnbc", Risk.HIGH), source(2, "cnbc", Risk.MEDIUM), source(3, "cnbc", Risk.HIGH)));

        assertThat(score.sources()).isEqualTo(3);
        assertThat(score.origins()).singleElement().satisfies(origin -> {
            assertThat(origin.bestRisk()).isEqualTo(Risk.MEDIUM);
            assertThat(origin.sources()).isEqualTo(3);
            assertThat(origin.weight()).isEqualByComparingTo("0.30");
        });
        assertThat(score.score()).isEqualByComparingTo("0.30");
    }

    @Test
    void independentOriginsCombineAsOneMinusTheProductOfTheirDoubts() {
        // the demo deal: Microsoft, Mistral AI and the CMA (low); TechCrunch, CNBC and AP (medium)
        var score = calculator.score(List.of(
                source(1, "microsoft", Risk.LOW), source(2, "mistral", Risk.LOW), source(3, "microsoft", Risk.LOW),
                source(4, "microsoft", Risk.LOW), source(5, "cma", Risk.LOW), source(6, "cma", Risk.LOW),
                source(7, "techcrunch", Risk.MEDIUM), source(8, "cnbc", Risk.MEDIUM), source(9, "ap", Risk.MEDIUM)));

        // 1 − 0.4³ × 0.7³ = 1 − 0.021952
        assertThat(score.score()).isEqualByComparingTo("0.98");
        assertThat(score.sources()).isEqualTo(9);
        assertThat(score.origins()).hasSize(6);
        assertThat(score.origins()).extracting(Origin::bestRisk)
                .containsExactly(Risk.LOW, Risk.LOW, Risk.LOW, Risk.MEDIUM, Risk.MEDIUM, Risk.MEDIUM);
        assertThat(score.formula(BigDecimal::toPlainString)).isEqualTo("1 − (1 − 0.60)³ × (1 − 0.30)³ = 0.98");
    }

    @Test
    void aSourceCitedTwiceCountsOnce() {
        var score = calculator.score(List.of(source(1, "cma", Risk.LOW), source(1, "cma", Risk.LOW)));

        assertThat(score.sources()).isEqualTo(1);
        assertThat(score.origins()).singleElement().extracting(Origin::sources).isEqualTo(1);
    }

    @Test
    void tunedWeightsChangeTheScore() {
        var strict = new ScoreCalculator(Map.of(
                Risk.LOW, new BigDecimal("0.50"), Risk.MEDIUM, new BigDecimal("0.20"), Risk.HIGH, BigDecimal.ZERO));

        var score = strict.score(List.of(source(1, "a", Risk.LOW), source(2, "b", Risk.HIGH)));

        assertThat(score.score()).isEqualByComparingTo("0.50");
    }

    @Test
    void sourcesSharingAPartyANameOrADomainAreOneOrigin() {
        var score = calculator.score(List.of(
                keyed(1, "party:1|name:amazon|domain:aboutamazon.com", Risk.LOW),
                keyed(2, "party:1|name:amazon.com, inc.|domain:aboutamazon.com", Risk.LOW),
                keyed(3, "name:amazon|domain:amazon.com", Risk.MEDIUM),
                keyed(4, "name:amazon news|domain:amazon.com", Risk.HIGH),
                keyed(5, "name:cnbc|domain:cnbc.com", Risk.MEDIUM)));

        assertThat(score.origins()).hasSize(2);
        assertThat(score.origins().get(0).sources()).isEqualTo(4);
        assertThat(score.score()).isEqualByComparingTo("0.72");
    }

    @Test
    void everyRiskNeedsAWeight() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoreCalculator(Map.of(Risk.LOW, BigDecimal.ONE)))
                .withMessageContaining("MEDIUM");
    }

    @Test
    void contradictingAndContextSourcesDoNotRaiseTheScoreAndContradictingOnesAreListed() {
        var score = calculator.score(List.of(source(1, "microsoft", Risk.LOW),
                new CitedSource(2, "reuters", "reuters", Risk.MEDIUM, Stance.CONTRADICTS, OriginClass.INDEPENDENT),
                new CitedSource(3, "ft", "ft", Risk.LOW, Stance.CONTEXT, OriginClass.INDEPENDENT)));

        assertThat(score.score()).isEqualByComparingTo("0.60");
        assertThat(score.sources()).isEqualTo(1);
        assertThat(score.origins()).extracting(Origin::publisher).containsExactly("microsoft");
        assertThat(score.contradicting()).extracting(Origin::publisher).containsExactly("reuters");
    }

    @Test
    void classFactorsOfOneKeepTheFormulaAndOtherFactorsScaleAnOriginsWeight() {
        List<CitedSource> cited = List.of(
                new CitedSource(1, "microsoft", "microsoft", Risk.LOW, Stance.SUPPORTS, OriginClass.DIRECT),
                new CitedSource(2, "cma", "cma", Risk.LOW, Stance.SUPPORTS, OriginClass.OFFICIAL),
                new CitedSource(3, "ap", "ap", Risk.MEDIUM, Stance.SUPPORTS, OriginClass.INDEPENDENT));
        assertThat(calculator.score(cited).score()).isEqualByComparingTo("0.89");

        var halfDirect = new ScoreCalculator(new GradingPolicy(2, Map.of(Risk.LOW, new BigDecimal("0.60"),
                Risk.MEDIUM, new BigDecimal("0.30"), Risk.HIGH, new BigDecimal("0.10")),
                Map.of(OriginClass.DIRECT, new BigDecimal("0.50"), OriginClass.OFFICIAL, BigDecimal.ONE,
                        OriginClass.INDEPENDENT, BigDecimal.ONE), "admin", null));
        var score = halfDirect.score(cited);

        // 1 − (1 − 0.30) × (1 − 0.60) × (1 − 0.30) = 0.804
        assertThat(score.score()).isEqualByComparingTo("0.80");
        assertThat(score.origins()).extracting(Origin::publisher, Origin::originClass).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cma", OriginClass.OFFICIAL),
                org.assertj.core.groups.Tuple.tuple("microsoft", OriginClass.DIRECT),
                org.assertj.core.groups.Tuple.tuple("ap", OriginClass.INDEPENDENT));
    }

    @Test
    void anOriginTakesTheClassOfItsMostDirectSource() {
        var score = calculator.score(List.of(
                new CitedSource(1, "microsoft", "Microsoft", Risk.LOW, Stance.SUPPORTS, OriginClass.INDEPENDENT),
                new CitedSource(2, "microsoft", "Microsoft", Risk.MEDIUM, Stance.SUPPORTS, OriginClass.DIRECT)));

        assertThat(score.origins()).singleElement().extracting(Origin::originClass).isEqualTo(OriginClass.DIRECT);
    }

    private static CitedSource keyed(long id, String keys, Risk risk) {
        return new CitedSource(id, keys.replace("|", ScoreCalculator.KEYS), "Publisher " + id, risk);
    }

    private static CitedSource source(long id, String publisher, Risk risk) {
        return new CitedSource(id, publisher, publisher, risk);
    }
}
