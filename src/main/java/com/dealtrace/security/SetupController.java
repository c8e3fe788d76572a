package com.dealtrace.security;

import com.dealtrace.web.FormOutcome;
import com.dealtrace.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The setup page: on an instance that started without any admin and wrote a setup token to its log, whoever holds
 * the token makes the first admin. Without a token, or once any admin exists, the page is a 404.
 */
@Controller
class SetupController {

    private static final Logger log = LoggerFactory.getLogger(SetupController.class);

    private final FirstAdmin firstAdmin;
    private final SetupToken token;

    SetupController(FirstAdmin firstAdmin, SetupToken token) {
        this.firstAdmin = firstAdmin;
        this.token = token;
    }

    @GetMapping("/setup")
    String page(@ModelAttribute("form") SetupForm form) {
        requireOpen();
        return "security/setup";
    }

    @PostMapping("/setup")
    String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors, HttpServletResponse response) {
        requireOpen();
        if (!errors.hasFieldErrors("token") && !token.matches(form.getToken())) {
            errors.rejectValue("token", "validation.setup.token.wrong", "This is not the setup token.");
        }
        String problem = FirstAdmin.passwordProblem(form.getPassword());
        if (problem != null) {
            errors.rejectValue("password", problem, "Use at least 12 characters.");
        }
        else if (!form.getPassword().equals(form.getRepeat())) {
            errors.rejectValue("repeat", "validation.password.repeat", "The two passwords differ.");
        }
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return "security/setup";
        }
        token.spend();
        if (!firstAdmin.createIfNoAdmin(form.getUsername(), form.getDisplayName(), form.getPassword(), false)) {
            throw new NotFoundException("Setup", "an admin exists");
        }
        log.warn("Created the first admin '{}' on the setup page; the setup token is spent", form.getUsername().trim().toLowerCase());
        return "redirect:/login?setup";
    }

    private void requireOpen() {
        if (!token.isIssued() || firstAdmin.adminExists()) {
            token.spend();
            throw new NotFoundException("Setup", "an admin exists");
        }
    }
}
