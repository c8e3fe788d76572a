package com.dealtrace.search;

import com.dealtrace.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private static final int MAX_QUERY = 200;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) SearchKind kind,
            @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
        String query = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        model.addAttribute("view", search.search(query, kind, Math.min(Math.max(page, 1), 10_000), viewer.audience()));
        model.addAttribute("truncated", q.length() > MAX_QUERY);
        return "search/results";
    }
}
