package com.dealtrace.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.Map;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import com.dealtrace.support.EditForms;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/** Two editors edit the same deal: the second save gets the conflict page, keeping their input; nothing is overwritten. */
@DealtraceTest
@Transactional
class ConcurrentEditTest {

    private static final String EDIT = "/deals/microsoft-mistral-ai-partnership/edit";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecondSaveOfAStaleFormGetsAConflictPageAndOverwritesNothing() {
        Map<String, String> alice = EditForms.fields(mvc.get().uri(EDIT).with(As.EDITOR.user()).exchange());
        Map<String, String> bob = new LinkedHashMap<>(alice);

        alice.put("title", "Alice's title");
        assertThat(save(alice, "alice")).hasStatus3xxRedirection();

        bob.put("title", "Bob's title");
        bob.put("topic", "Bob's topic");
        var conflict = save(bob, "bob");

        assertThat(conflict).hasStatus(409).bodyText()
                .contains("Someone saved this while you were editing", "Alice&#39;s title", "Bob&#39;s title")
                .contains("value=\"Bob&#39;s topic\"");
        assertThat(jdbc.sql("select title || ' / ' || topic from deal where slug = 'microsoft-mistral-ai-partnership'")
                .query(String.class).single())
                .isEqualTo("Alice's title / Foundation-model distribution, Azure AI infrastructure and European AI competition");

        // the conflict page carries the current version: saving it again is Bob's informed choice
        Map<String, String> again = EditForms.fields(conflict);
        assertThat(save(again, "bob")).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select topic from deal where slug = 'microsoft-mistral-ai-partnership'")
                .query(String.class).single()).isEqualTo("Bob's topic");
    }

    private MvcTestResult save(Map<String, String> fields, String editor) {
        var request = mvc.post().uri(EDIT).with(csrf()).with(user(editor).roles("EDITOR"));
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.exchange();
    }
}
