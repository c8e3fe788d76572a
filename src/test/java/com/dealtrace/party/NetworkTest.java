package com.dealtrace.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.dealtrace.support.DealtraceTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@DealtraceTest
class NetworkTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theNetworkReachesTwoStepsOutWithDealTypesOnTheLinks() {
        var microsoft = mvc.get().uri("/parties/microsoft/network").exchange();

        assertThat(microsoft).hasStatusOk().bodyText()
                .contains("Network of Microsoft", "href=\"/parties/mistral-ai/network\"", "href=\"/parties/openai/network\"",
                        "href=\"/parties/asml/network\"", ">investment, partnership<", "class=\"edge context\"");
        var asml = mvc.get().uri("/parties/asml/network").exchange();
        assertThat(asml).hasStatusOk().bodyText().contains("href=\"/parties/uk-cma/network\"");
    }

    @Test
    void theLayoutIsTheSameEveryTimeAndKeepsInsideTheDrawing() {
        var links = List.of(
                new NetworkDrawing.Link(1, "PARTNERSHIP", "a", "A", PartyKind.COMPANY, false),
                new NetworkDrawing.Link(1, "PARTNERSHIP", "b", "B", PartyKind.COMPANY, false),
                new NetworkDrawing.Link(1, "PARTNERSHIP", "c", "C", PartyKind.COMPANY, true),
                new NetworkDrawing.Link(2, "INVESTMENT", "b", "B", PartyKind.COMPANY, false),
                new NetworkDrawing.Link(2, "INVESTMENT", "d", "D", PartyKind.INVESTOR, false));

        var drawing = NetworkDrawing.of("a", links);

        assertThat(drawing).isEqualTo(NetworkDrawing.of("a", links));
        assertThat(drawing.nodes()).extracting(NetworkDrawing.Node::slug, NetworkDrawing.Node::ring)
                .containsExactly(tuple("a", 0), tuple("b", 1), tuple("c", 1), tuple("d", 2));
        assertThat(drawing.edges()).extracting(NetworkDrawing.Edge::label).containsExactly("partnership", "partnership", "investment");
        assertThat(drawing.edges()).extracting(NetworkDrawing.Edge::context).containsExactly(false, true, false);
        assertThat(drawing.nodes()).allSatisfy(n -> {
            assertThat(n.x()).isBetween(0, NetworkDrawing.SIZE);
            assertThat(n.y()).isBetween(0, NetworkDrawing.SIZE);
        });
    }

    @Test
    void regulatorsAreJoinedByReviewsLinesThatNameAndLinkTheDeals() {
        var microsoft = mvc.get().uri("/parties/microsoft/network").exchange();

        assertThat(microsoft).hasStatusOk().bodyText()
                .contains("class=\"edge reviews\"", ">reviews</text>",
                        "href=\"/deals/microsoft-mistral-ai-partnership\"",
                        "Microsoft — Competition and Markets Authority: reviews (Microsoft and Mistral AI",
                        "Lines and their deals", "a regulator reviews the deal", "context only");
        assertThat(mvc.get().uri("/parties/microsoft/network?lang=es").exchange()).bodyText()
                .contains(">revisa</text>", "Líneas y sus operaciones");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 12, 35})
    void noTwoLabelsOverlapOnGeneratedNetworks(int size) {
        List<NetworkDrawing.Link> links = new ArrayList<>();
        var random = new Random(size);
        for (int deal = 0; deal < size; deal++) {
            // the centre in every third deal, the others chained, with names of very different lengths
            int a = deal % 3 == 0 ? 0 : 1 + random.nextInt(size);
            int b = 1 + random.nextInt(size);
            int c = 1 + random.nextInt(size);
            for (int party : new int[] {a, b, c}) {
                links.add(new NetworkDrawing.Link(deal, DealType.values()[deal % DealType.values().length].name(),
                        "p" + party, party == 0 ? "Centre Holdings" : "Party " + "long name ".repeat(party % 4) + party,
                        party % 5 == 0 ? PartyKind.REGULATOR : PartyKind.COMPANY, false, "deal-" + deal, "Deal " + deal,
                        party % 5 == 0));
            }
        }

        var drawing = NetworkDrawing.of("p0", links);

        var boxes = drawing.labelBoxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s overlaps %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
        assertThat(drawing.nodes()).allSatisfy(n -> assertThat(n.placed()).isNotNull());
        assertThat(boxes).allSatisfy(b -> {
            assertThat(b.x()).isGreaterThanOrEqualTo(drawing.minX());
            assertThat(b.right()).isLessThanOrEqualTo(drawing.minX() + drawing.width());
        });
        assertThat(drawing.edges()).allSatisfy(e -> assertThat(e.deals()).isNotEmpty());
    }

    @Test
    void anUnknownPartyHasNoNetworkPage() {
        assertThat(mvc.get().uri("/parties/nobody/network").exchange()).hasStatus(404);
    }
}
