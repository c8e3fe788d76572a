package com.dealtrace.history;

import com.dealtrace.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class HistoryController {

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @GetMapping("/deals/{slug}/history")
    String history(@PathVariable String slug, Viewer viewer, Model model) {
        model.addAttribute("view", history.dealHistory(slug, viewer.audience()));
        return "history/deal";
    }
}
