package com.dealtrace.editing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.dealtrace.support.As;
import com.dealtrace.support.DealtraceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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
        Map<String, String> alice = formFields(mvc.get().uri(EDIT).with(As.EDITOR.user()).exchange());
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
        Map<String, String> again = formFields(conflict);
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

    /** The values a browser would send back from the edit form. */
    static Map<String, String> formFields(MvcTestResult page) {
        String html = page.getResponse().getContentAsByteArray().length == 0 ? ""
                : new String(page.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        String form = html.substring(html.indexOf("<form class=\"form\""), html.indexOf("</form>", html.indexOf("<form class=\"form\"")));
        Map<String, String> fields = new LinkedHashMap<>();
        var input = Pattern.compile("<input[^>]*>").matcher(form);
        while (input.find()) {
            var name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
            var value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
            if (name.find() && !input.group().contains("type=\"checkbox\"")) {
                fields.put(name.group(1), value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "");
            }
        }
        var textarea = Pattern.compile("<textarea[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(form);
        while (textarea.find()) {
            fields.put(textarea.group(1), HtmlUtils.htmlUnescape(textarea.group(2)));
        }
        var select = Pattern.compile("<select[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(form);
        while (select.find()) {
            var chosen = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
            fields.put(select.group(1), chosen.find() ? chosen.group(1) : "");
        }
        return fields;
    }
}
