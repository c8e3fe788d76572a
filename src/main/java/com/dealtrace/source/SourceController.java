package com.dealtrace.source;

import com.dealtrace.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SourceController {

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    @GetMapping("/sources")
    String list(@RequestParam(required = false) String publisher, @RequestParam(required = false) Risk risk,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Long after,
            @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("view", sources.list(publisher, risk, Math.min(page, 100_000), after, before));
        return "source/list";
    }

    @GetMapping("/sources/{id:\\d{1,18}}")
    String source(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("view", sources.source(id, viewer.audience()));
        if (viewer.editor()) {
            model.addAttribute("citeOn", sources.citeOn(id));
        }
        return "source/page";
    }
}
