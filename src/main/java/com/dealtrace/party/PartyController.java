package com.dealtrace.party;

import com.dealtrace.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PartyController {

    private final PartyService parties;

    PartyController(PartyService parties) {
        this.parties = parties;
    }

    @GetMapping("/parties")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before, Viewer viewer,
            Model model) {
        model.addAttribute("view", parties.list(viewer.audience(), q == null || q.length() <= 200 ? q : q.substring(0, 200),
                Math.min(page, 100_000), after, before));
        return "party/list";
    }

    @GetMapping("/parties/{slug}/network")
    String network(@PathVariable String slug, Viewer viewer, Model model) {
        model.addAttribute("view", parties.network(slug, viewer.audience()));
        return "party/network";
    }

    @GetMapping("/parties/{slug}")
    String party(@PathVariable String slug, Viewer viewer, Model model) {
        model.addAttribute("view", parties.party(slug, viewer.audience()));
        return "party/page";
    }
}
