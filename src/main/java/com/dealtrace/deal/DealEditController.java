package com.dealtrace.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.dealtrace.party.DealStatus;
import com.dealtrace.party.DealType;
import com.dealtrace.party.ParticipantRole;
import com.dealtrace.web.AmountInput;
import com.dealtrace.web.EditForm;
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

/** The deal editor: new deals start as drafts; a stale save gets the conflict page, never an overwrite. */
@Controller
class DealEditController {

    private final DealEditService edits;

    DealEditController(DealEditService edits) {
        this.edits = edits;
    }

    /** Amounts are typed with grouping and scale words, read the reader's way (1.7bn, 700 000 000). */
    @InitBinder("form")
    void amounts(WebDataBinder binder, Locale locale) {
        binder.registerCustomEditor(BigDecimal.class, "amount", new AmountInput.Editor(locale));
    }

    /** The slug is free and the parties exist, checked by the binder on a save. */
    @InitBinder("form")
    void rules(WebDataBinder binder, @PathVariable(required = false) String slug,
            @RequestParam(required = false) String find, @RequestParam(required = false) String addRow) {
        FormRules.register(binder, DealForm.class, (form, errors) -> edits.validate(slug, form, errors), find, addRow);
    }

    @GetMapping("/deals/new")
    String newDeal(Model model) {
        return page(edits.newDeal(), model);
    }

    @PostMapping("/deals/new")
    String create(@Valid @ModelAttribute("form") DealForm form, BindingResult errors,
            @RequestParam(required = false) String find, @RequestParam(required = false) String addRow, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (find != null || addRow != null) {
            String view = page(edits.step(null, form, find, addRow != null), model);
            FormOutcome.stepped(form, errors, model);
            return view;
        }
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return page(edits.again(null, form), model);
        }
        var similar = edits.similar(form);
        if (!similar.isEmpty()) {
            // nothing wrong, but maybe a deal typed in twice: the editor decides, with the input kept
            model.addAttribute("similar", similar);
            return page(edits.again(null, form), model);
        }
        String slug = edits.create(form);
        redirect.addFlashAttribute("notice", Notice.of("notice.deal.created"));
        return "redirect:/deals/" + slug;
    }

    @GetMapping("/deals/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        return page(edits.edit(slug), model);
    }

    @PostMapping("/deals/{slug}/edit")
    String update(@PathVariable String slug, @Valid @ModelAttribute("form") DealForm form, BindingResult errors,
            @RequestParam(required = false) String find, @RequestParam(required = false) String addRow,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (find != null || addRow != null) {
            String view = page(edits.step(slug, form, find, addRow != null), model);
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
        redirect.addFlashAttribute("notice", Notice.of("notice.deal.saved"));
        return "redirect:/deals/" + (EditForm.text(form.getSlug()) == null ? slug : EditForm.text(form.getSlug()));
    }

    @PostMapping("/deals/{slug}/publish")
    String publish(@PathVariable String slug, RedirectAttributes redirect) {
        edits.publish(slug, true);
        redirect.addFlashAttribute("notice", Notice.of("notice.deal.published"));
        return "redirect:/deals/" + slug;
    }

    @PostMapping("/deals/{slug}/unpublish")
    String unpublish(@PathVariable String slug, RedirectAttributes redirect) {
        edits.publish(slug, false);
        redirect.addFlashAttribute("notice", Notice.of("notice.deal.unpublished"));
        return "redirect:/deals/" + slug;
    }

    @PostMapping("/deals/{slug}/delete")
    String delete(@PathVariable String slug, RedirectAttributes redirect) {
        edits.delete(slug);
        redirect.addFlashAttribute("notice", Notice.of("notice.deal.deleted"));
        return "redirect:/deals";
    }

    @GetMapping("/admin/deals/deleted")
    String deleted(Model model) {
        model.addAttribute("deals", edits.deleted());
        return "deal/deleted";
    }

    @PostMapping("/admin/deals/{slug}/restore")
    String restore(@PathVariable String slug, RedirectAttributes redirect) {
        edits.restore(slug);
        redirect.addFlashAttribute("notice", Notice.of("notice.deal.restored"));
        return "redirect:/deals/" + slug;
    }

    private static String page(DealEditService.Editing editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", editing.form());
        model.addAttribute("picks", editing.picks());
        model.addAttribute("pickLabels", editing.labels());
        model.addAttribute("types", List.of(DealType.values()));
        model.addAttribute("statuses", List.of(DealStatus.values()));
        model.addAttribute("visibilities", List.of(Visibility.values()));
        model.addAttribute("levels", List.of(Level.values()));
        model.addAttribute("horizons", List.of(TimeHorizon.values()));
        model.addAttribute("roles", List.of(ParticipantRole.values()));
        return "deal/edit";
    }
}
