package com.dealtrace.confidence;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ConfidenceController {

    private final ConfidenceService confidence;

    ConfidenceController(ConfidenceService confidence) {
        this.confidence = confidence;
    }

    @GetMapping("/deals/{slug}/sources")
    String sourceConfidence(@PathVariable String slug, Model model) {
        model.addAttribute("view", confidence.sourceConfidence(slug));
        return "confidence/sources";
    }
}
