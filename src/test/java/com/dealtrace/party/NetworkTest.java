package com.dealtrace.party;

import java.util.List;

import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void anUnknownPartyHasNoNetworkPage() {
        assertThat(mvc.get().uri("/parties/nobody/network").exchange()).hasStatus(404);
    }
}
