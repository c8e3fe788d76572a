package com.dealtrace.source;

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
class SourceEditController {

    private final SourceEditService edits;

    SourceEditController(SourceEditService edits) {
        this.edits = edits;
    }

    /** The addresses are new and readable and the publisher exists, checked by the binder on a save. */
    @InitBinder("form")
    void rules(WebDataBinder binder, @PathVariable(required = false) Long id,
            @RequestParam(required = false) String find) {
        FormRules.register(binder, SourceForm.class, (form, errors) -> edits.validate(id, form, errors), find);
    }

    @GetMapping("/sources/new")
    String newSource(Model model) {
        return page(edits.newSource(), model);
    }

    @PostMapping("/sources/new")
    String create(@Valid @ModelAttribute("form") SourceForm form, BindingResult errors,
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
            // nothing wrong, but maybe a source typed in twice: the editor decides, with the input kept
            model.addAttribute("similar", similar);
            return page(edits.again(null, form), model);
        }
        long id = edits.create(form);
        redirect.addFlashAttribute("notice", Notice.of("notice.source.created"));
        return "redirect:/sources/" + id;
    }

    @GetMapping("/sources/{id:\\d{1,18}}/edit")
    String edit(@PathVariable long id, Model model) {
        return page(edits.edit(id), model);
    }

    @PostMapping("/sources/{id:\\d{1,18}}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SourceForm form, BindingResult errors,
            @RequestParam(required = false) String find, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (find != null) {
            String view = page(edits.step(id, form, find), model);
            FormOutcome.stepped(form, errors, model);
            return view;
        }
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return page(edits.again(id, form), model);
        }
        if (FormOutcome.conflicted(edits.update(id, form), form, model, response)) {
            return page(edits.again(id, form), model);
        }
        redirect.addFlashAttribute("notice", Notice.of("notice.source.saved"));
        return "redirect:/sources/" + id;
    }

    private static String page(SourceEditService.Editing editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", editing.form());
        model.addAttribute("picks", editing.picks());
        model.addAttribute("pickLabels", editing.labels());
        model.addAttribute("kinds", SourceEditService.kinds());
        model.addAttribute("risks", List.of(Risk.values()));
        return "source/edit";
    }
}
