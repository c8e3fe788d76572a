package com.dealtrace.confidence;

import com.dealtrace.security.Viewer;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ConfidenceController {

    private final ConfidenceService confidence;
    private final GradingService grading;

    ConfidenceController(ConfidenceService confidence, GradingService grading) {
        this.confidence = confidence;
        this.grading = grading;
    }

    @GetMapping("/deals/{slug}/sources")
    String sourceConfidence(@PathVariable String slug, Viewer viewer, Model model) {
        var view = confidence.sourceConfidence(slug, viewer.audience());
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
        grading.grade(slug, form);
        redirect.addFlashAttribute("notice", Notice.of("notice.grade.saved"));
        return "redirect:/deals/" + slug + "/sources";
    }

    @GetMapping("/admin/weights")
    String weights(Model model) {
        model.addAttribute("form", grading.weights());
        model.addAttribute("policies", grading.policies());
        return "confidence/weights";
    }

    @PostMapping("/admin/weights")
    String tune(@Valid @ModelAttribute("form") WeightsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("policies", grading.policies());
            return "confidence/weights";
        }
        grading.tune(form);
        redirect.addFlashAttribute("notice", Notice.of("notice.weights.saved"));
        return "redirect:/admin/weights";
    }
}
