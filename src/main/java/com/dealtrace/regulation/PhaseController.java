package com.dealtrace.regulation;

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

/** Editors add, change and remove the phases of a case, whose deadlines its timetable counts. */
@Controller
class PhaseController {

    private final PhaseEditService edits;

    PhaseController(PhaseEditService edits) {
        this.edits = edits;
    }

    @GetMapping("/cases/{slug}/phases/new")
    String newPhase(@PathVariable String slug, Model model) {
        return page(edits.newPhase(slug), model);
    }

    @PostMapping("/cases/{slug}/phases/new")
    String create(@PathVariable String slug, @Valid @ModelAttribute("form") PhaseForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        edits.validate(form, errors);
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return page(edits.again(slug, null, form), model);
        }
        edits.create(slug, form);
        redirect.addFlashAttribute("notice", Notice.of("notice.phase.saved"));
        return "redirect:/cases/" + slug;
    }

    @GetMapping("/cases/{slug}/phases/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        return page(edits.edit(slug, id), model);
    }

    @PostMapping("/cases/{slug}/phases/{id}/edit")
    String update(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("form") PhaseForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        edits.validate(form, errors);
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return page(edits.again(slug, id, form), model);
        }
        if (FormOutcome.conflicted(edits.update(slug, id, form), form, model, response)) {
            return page(edits.again(slug, id, form), model);
        }
        redirect.addFlashAttribute("notice", Notice.of("notice.phase.saved"));
        return "redirect:/cases/" + slug;
    }

    @PostMapping("/cases/{slug}/phases/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        edits.delete(slug, id);
        redirect.addFlashAttribute("notice", Notice.of("notice.phase.deleted"));
        return "redirect:/cases/" + slug;
    }

    private static String page(PhaseEditService.Editing editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", editing.form());
        model.addAttribute("phases", PhaseEditService.choices());
        return "regulation/phase";
    }
}
