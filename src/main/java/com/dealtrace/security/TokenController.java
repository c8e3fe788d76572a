package com.dealtrace.security;

import com.dealtrace.web.Notice;
import com.dealtrace.web.PlainText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal API tokens: each user manages their own; admins see and revoke everyone's. */
@Controller
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String mine(Viewer viewer, Model model) {
        model.addAttribute("tokens", tokens.of(viewer.username()));
        model.addAttribute("everyone", false);
        return "security/tokens";
    }

    @GetMapping("/admin/tokens")
    String everyone(Model model) {
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("everyone", true);
        return "security/tokens";
    }

    /** Creates a token and shows its secret in this response only, never storing it in the session. */
    @PostMapping("/account/tokens")
    String create(@RequestParam(defaultValue = "") String name, Viewer viewer, Model model) {
        String label = name.isBlank() ? "API token" : name.strip();
        if (label.length() > 100) {
            model.addAttribute("notice", Notice.of("tokens.name.long"));
        }
        else if (!PlainText.Validator.isPlain(label)) {
            model.addAttribute("notice", Notice.of("validation.plainText"));
        }
        else {
            model.addAttribute("newToken", tokens.create(viewer.username(), label));
        }
        return mine(viewer, model);
    }

    @PostMapping("/account/tokens/{id:\\d{1,18}}/revoke")
    String revoke(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
        tokens.revoke(id, viewer);
        redirect.addFlashAttribute("notice", Notice.of("notice.token.revoked"));
        return viewer.admin() ? "redirect:/admin/tokens" : "redirect:/account/tokens";
    }
}
