package com.dealtrace.regulation;

import java.util.List;

import com.dealtrace.party.CaseOutcome;
import com.dealtrace.party.CaseStatus;
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
class CaseEditController {

    private final CaseEditService edits;

    CaseEditController(CaseEditService edits) {
        this.edits = edits;
    }

    /** The dates agree and the deal and regulator exist, checked by the binder on a save. */
    @InitBinder("form")
    void rules(WebDataBinder binder, @RequestParam(required = false) String find) {
        FormRules.register(binder, CaseForm.class, edits::validate, find);
    }

    @GetMapping("/cases/new")
    String newCase(@RequestParam(required = false) String deal, Model model) {
        return page(edits.newCase(deal), model);
    }

    @PostMapping("/cases/new")
    String create(@Valid @ModelAttribute("form") CaseForm form, BindingResult errors,
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
        String slug = edits.create(form);
        redirect.addFlashAttribute("notice", Notice.of("notice.case.created"));
        return "redirect:/cases/" + slug;
    }

    @GetMapping("/cases/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        return page(edits.edit(slug), model);
    }

    @PostMapping("/cases/{slug}/edit")
    String update(@PathVariable String slug, @Valid @ModelAttribute("form") CaseForm form, BindingResult errors,
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
        redirect.addFlashAttribute("notice", Notice.of("notice.case.saved"));
        return "redirect:/cases/" + slug;
    }

    private static String page(CaseEditService.Editing editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", editing.form());
        model.addAttribute("picks", editing.picks());
        model.addAttribute("pickLabels", editing.labels());
        model.addAttribute("statuses", List.of(CaseStatus.values()));
        model.addAttribute("outcomes", List.of(CaseOutcome.values()));
        return "regulation/edit";
    }
}
