package com.dealtrace.watch;

import com.dealtrace.web.FormOutcome;
import com.dealtrace.web.Notice;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An editor resolves a watch item by the event that answered it, or drops it. */
@Controller
class WatchController {

    private final WatchService watch;

    WatchController(WatchService watch) {
        this.watch = watch;
    }

    @GetMapping("/deals/{slug}/watch/{id}")
    String item(@PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("view", watch.page(slug, id));
        return "watch/item";
    }

    @PostMapping("/deals/{slug}/watch/{id}/resolve")
    String resolve(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String event,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Long eventId = parse(event);
        if (eventId == null || !watch.resolve(slug, id, eventId)) {
            FormOutcome.rejected(response);
            model.addAttribute("view", watch.page(slug, id));
            model.addAttribute("eventRejected", true);
            model.addAttribute("eventTyped", event);
            return "watch/item";
        }
        redirect.addFlashAttribute("notice", Notice.of("notice.watch.resolved"));
        return "redirect:/deals/" + slug;
    }

    @PostMapping("/deals/{slug}/watch/{id}/drop")
    String drop(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        watch.drop(slug, id);
        redirect.addFlashAttribute("notice", Notice.of("notice.watch.dropped"));
        return "redirect:/deals/" + slug;
    }

    private static Long parse(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }
}
