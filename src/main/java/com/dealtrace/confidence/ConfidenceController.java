package com.dealtrace.confidence;

import com.dealtrace.change.AsOf;
import com.dealtrace.security.Viewer;
import com.dealtrace.web.AsOfParam;
import com.dealtrace.web.Notice;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ConfidenceController {

    private final ConfidenceService confidence;
    private final GradingService grading;

    ConfidenceController(ConfidenceService confidence, GradingService grading) {
        this.confidence = confidence;
        this.grading = grading;
    }

    /** The sources and confidence page, or with {@code ?asOf=} a day the page as it stood then. */
    @GetMapping("/deals/{slug}/sources")
    String sourceConfidence(@PathVariable String slug, @RequestParam(required = false) String asOf, Viewer viewer,
            Model model, HttpServletResponse response) {
        var when = AsOfParam.read(asOf);
        when.addTo(model, response);
        SourceConfidenceView view;
        try {
            view = confidence.sourceConfidence(slug, viewer.audience(), when.asOf());
        }
        catch (AsOf.NotRecorded missing) {
            return AsOfParam.notRecorded(missing, model, response);
        }
        var form = new GradeForm();
        form.setScore(view.suggested().score());
        model.addAttribute("view", view);
        model.addAttribute("gradeForm", form);
        return "confidence/sources";
    }

    /** An admin grades the deal; a mistake brings the page back with the input kept and the error beside its field. */
    @PostMapping("/deals/{slug}/grade")
    String grade(@PathVariable String slug, @Valid @ModelAttribute("gradeForm") GradeForm form, BindingResult errors,
            Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("view", confidence.sourceConfidence(slug, viewer.audience()));
            return "confidence/sources";
        }
        boolean proposed = grading.grade(slug, form);
        redirect.addFlashAttribute("notice", Notice.of(proposed ? "notice.grade.proposed" : "notice.grade.saved"));
        return "redirect:/deals/" + slug + "/sources";
    }

    @GetMapping("/admin/weights")
    String weights(Model model) {
        model.addAttribute("form", grading.weights());
        model.addAttribute("policies", grading.policies());
        model.addAttribute("twoPerson", grading.twoPerson());
        return "confidence/weights";
    }

    @PostMapping("/admin/weights")
    String tune(@Valid @ModelAttribute("form") WeightsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("policies", grading.policies());
            model.addAttribute("twoPerson", grading.twoPerson());
            return "confidence/weights";
        }
        grading.tune(form);
        redirect.addFlashAttribute("notice", Notice.of("notice.weights.saved"));
        return "redirect:/admin/weights";
    }

    @PostMapping("/admin/grading")
    String twoPerson(@RequestParam(defaultValue = "false") boolean twoPerson, RedirectAttributes redirect) {
        grading.twoPerson(twoPerson);
        redirect.addFlashAttribute("notice", Notice.of(twoPerson ? "notice.twoPerson.on" : "notice.twoPerson.off"));
        return "redirect:/admin/weights";
    }

    @GetMapping("/admin/proposals")
    String proposals(Model model) {
        model.addAttribute("proposals", grading.proposals());
        model.addAttribute("review", new ReviewForm());
        return "confidence/proposals";
    }

    /** A second admin confirms or rejects a proposed grade; a missing note comes back beside the proposal's field. */
    @PostMapping("/admin/proposals/{id:\\d{1,18}}")
    String review(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            var outcome = grading.review(id, form.getDecision() == ReviewForm.Decision.CONFIRM, form.getNote());
            if (outcome == GradingService.Review.OWN_PROPOSAL) {
                errors.rejectValue("decision", "twoPerson.ownProposal");
            }
            else {
                redirect.addFlashAttribute("notice", Notice.of(outcome == GradingService.Review.NOT_PROPOSED
                        ? "notice.proposal.gone"
                        : form.getDecision() == ReviewForm.Decision.CONFIRM ? "notice.proposal.confirmed" : "notice.proposal.rejected"));
                return "redirect:/admin/proposals";
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("proposals", grading.proposals());
        model.addAttribute("reviewing", id);
        return "confidence/proposals";
    }
}
