package com.dealtrace.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/** Reads an editor page as a browser would submit it. */
public final class EditForms {

    private EditForms() {
    }

    /** The values a browser would send back from the edit form. */
    public static Map<String, String> fields(MvcTestResult page) {
        String html = page.getResponse().getContentAsByteArray().length == 0 ? ""
                : new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
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
