package com.dealtrace.regulation;

import com.dealtrace.party.CaseStatus;
import com.dealtrace.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CaseController {

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String regulator, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) String q, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, @RequestParam(defaultValue = "1") int page, Viewer viewer,
            Model model) {
        model.addAttribute("view", cases.list(regulator, status, q, after, before, page, viewer.audience()));
        return "regulation/list";
    }

    @GetMapping("/cases/{slug}")
    String regulatoryCase(@PathVariable String slug, Viewer viewer, Model model) {
        model.addAttribute("view", cases.regulatoryCase(slug, viewer.audience()));
        return "regulation/case";
    }
}
