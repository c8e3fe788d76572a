package com.dealtrace.party;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PartyController {

    private final PartyService parties;

    PartyController(PartyService parties) {
        this.parties = parties;
    }

    @GetMapping("/parties")
    String list(Model model) {
        model.addAttribute("parties", parties.list());
        return "party/list";
    }

    @GetMapping("/parties/{slug}")
    String party(@PathVariable String slug, Model model) {
        model.addAttribute("view", parties.party(slug));
        return "party/page";
    }
}
