package com.dealtrace.party;

import java.util.List;

import com.dealtrace.web.FormOutcome;
import com.dealtrace.web.FormRules;
import com.dealtrace.web.Notice;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PartyEditController {

    private final PartyEditService edits;

    PartyEditController(PartyEditService edits) {
        this.edits = edits;
    }

    /** The slug is free, checked by the binder on a save. */
    @InitBinder("form")
    void rules(WebDataBinder binder, @PathVariable(required = false) String slug,
            @RequestParam(required = false) String find) {
        FormRules.register(binder, PartyForm.class, (form, errors) -> edits.validate(slug, form, errors), find);
    }

    @GetMapping("/parties/new")
    String newParty(Model model) {
        return page(edits.newParty(), model);
    }

    @PostMapping("/parties/new")
    String create(@Valid @ModelAttribute("form") PartyForm form, BindingResult errors,
            @RequestParam(required = false) String find, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (find != null) {
            String view = page(edits.step(null, form, find), model);
            FormOutcome.stepped(form, errors, model);
            return view;
        }
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return page(edits.again(null, form), model);
        }
        var similar = edits.similar(form);
        if (!similar.isEmpty()) {
            // nothing wrong, but maybe a party typed in twice: the editor decides, with the input kept
            model.addAttribute("similar", similar);
            return page(edits.again(null, form), model);
        }
        String slug = edits.create(form);
        redirect.addFlashAttribute("notice", Notice.of("notice.party.created"));
        return "redirect:/parties/" + slug;
    }

    @GetMapping("/parties/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        return page(edits.edit(slug), model);
    }

    @PostMapping("/parties/{slug}/edit")
    String update(@PathVariable String slug, @Valid @ModelAttribute("form") PartyForm form, BindingResult errors,
            @RequestParam(required = false) String find, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (find != null) {
            String view = page(edits.step(slug, form, find), model);
            FormOutcome.stepped(form, errors, model);
            return view;
        }
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return page(edits.again(slug, form), model);
        }
        if (FormOutcome.conflicted(edits.update(slug, form), form, model, response)) {
            return page(edits.again(slug, form), model);
        }
        redirect.addFlashAttribute("notice", Notice.of("notice.party.saved"));
        return "redirect:/parties/" + slug;
    }

    private static String page(PartyEditService.Editing editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", editing.form());
        model.addAttribute("picks", editing.picks());
        model.addAttribute("pickLabels", editing.labels());
        model.addAttribute("kinds", List.of(PartyKind.values()));
        return "party/edit";
    }
}
