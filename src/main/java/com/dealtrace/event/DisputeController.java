package com.dealtrace.event;

import com.dealtrace.web.FormOutcome;
import com.dealtrace.web.Notice;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Disputed events: the admins' queue, and an editor's resolution of one dispute with a note. */
@Controller
class DisputeController {

    private final TimelineService timelines;
    private final EventEditService edits;

    DisputeController(TimelineService timelines, EventEditService edits) {
        this.timelines = timelines;
        this.edits = edits;
    }

    @GetMapping("/admin/disputes")
    String queue(Model model) {
        model.addAttribute("disputes", timelines.disputes());
        return "event/disputes";
    }

    @GetMapping("/events/{id:\\d{1,18}}/resolve")
    String resolveForm(@PathVariable long id, Model model) {
        model.addAttribute("form", new DisputeForm());
        return page(id, model);
    }

    @PostMapping("/events/{id:\\d{1,18}}/resolve")
    String resolve(@PathVariable long id, @Valid @ModelAttribute("form") DisputeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return page(id, model);
        }
        boolean resolved = edits.resolveDispute(id, form.getNote());
        redirect.addFlashAttribute("notice", Notice.of(resolved ? "notice.dispute.resolved" : "notice.dispute.notDisputed"));
        return "redirect:/deals/" + edits.dealSlug(id) + "/timeline#event-" + id;
    }

    private String page(long id, Model model) {
        model.addAttribute("view", timelines.dispute(id));
        return "event/resolve";
    }
}
