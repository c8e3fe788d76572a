package com.dealtrace.event;

import java.util.List;

import com.dealtrace.source.PublisherKind;
import com.dealtrace.source.Risk;
import com.dealtrace.web.DatePrecision;
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

/** The event editor: events and the sources cited for them, on a deal's timeline. */
@Controller
class EventEditController {

    private final EventEditService edits;

    EventEditController(EventEditService edits) {
        this.edits = edits;
    }

    /** Cited sources, the case and a new source typed in the form exist and pass their rules, checked by the binder on a save. */
    @InitBinder("form")
    void rules(WebDataBinder binder, @PathVariable(required = false) String slug,
            @PathVariable(required = false) Long id, @RequestParam(required = false) String find,
            @RequestParam(required = false) String addRow, @RequestParam(required = false) String citeKnown) {
        FormRules.register(binder, EventForm.class, (form, errors) -> edits.validate(slug, id, form, errors),
                find, addRow, citeKnown);
    }

    @GetMapping("/deals/{slug}/events/new")
    String newEvent(@PathVariable String slug, @RequestParam(required = false) String source, Model model) {
        return page(edits.newEvent(slug, number(source)), model);
    }

    @PostMapping("/deals/{slug}/events/new")
    String create(@PathVariable String slug, @Valid @ModelAttribute("form") EventForm form, BindingResult errors,
            @RequestParam(required = false) String find, @RequestParam(required = false) String addRow,
            @RequestParam(required = false) String citeKnown,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (find != null || addRow != null || citeKnown != null) {
            String view = page(edits.step(slug, null, form, find, addRow != null, number(citeKnown)), model);
            FormOutcome.stepped(form, errors, model);
            return view;
        }
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return page(edits.again(slug, null, form), model);
        }
        long id = edits.create(slug, form);
        redirect.addFlashAttribute("notice", Notice.of("notice.event.created"));
        return "redirect:/deals/" + slug + "/timeline#event-" + id;
    }

    @GetMapping("/events/{id:\\d{1,18}}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) String source, Model model) {
        return page(edits.edit(id, number(source)), model);
    }

    @PostMapping("/events/{id:\\d{1,18}}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EventForm form, BindingResult errors,
            @RequestParam(required = false) String find, @RequestParam(required = false) String addRow,
            @RequestParam(required = false) String citeKnown,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (find != null || addRow != null || citeKnown != null) {
            String view = page(edits.step(null, id, form, find, addRow != null, number(citeKnown)), model);
            FormOutcome.stepped(form, errors, model);
            return view;
        }
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return page(edits.again(null, id, form), model);
        }
        if (FormOutcome.conflicted(edits.update(id, form), form, model, response)) {
            return page(edits.again(null, id, form), model);
        }
        redirect.addFlashAttribute("notice", Notice.of("notice.event.saved"));
        return "redirect:/deals/" + edits.dealSlug(id) + "/timeline#event-" + id;
    }

    @PostMapping("/events/{id:\\d{1,18}}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        String slug = edits.delete(id);
        redirect.addFlashAttribute("notice", Notice.of("notice.event.deleted"));
        return "redirect:/deals/" + slug + "/timeline";
    }

    /** A source's number from a link or button; anything else is ignored rather than refused. */
    private static Long number(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    private static String page(EventEditService.Editing editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", editing.form());
        model.addAttribute("picks", editing.picks());
        model.addAttribute("pickLabels", editing.labels());
        model.addAttribute("precisions", List.of(DatePrecision.values()));
        model.addAttribute("kinds", List.of(EventKind.values()));
        model.addAttribute("publisherKinds", List.of(PublisherKind.values()));
        model.addAttribute("risks", List.of(Risk.values()));
        model.addAttribute("stances", List.of(Stance.values()));
        return "event/edit";
    }
}
