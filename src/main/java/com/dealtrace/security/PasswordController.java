package com.dealtrace.security;

import java.util.List;

import com.dealtrace.web.FormOutcome;
import com.dealtrace.web.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user changes their own password; a user with a one-time password is sent here until they have. The
 * user's other sessions end; this one stays signed in, without the one-time mark.
 */
@Controller
class PasswordController {

    private final FirstAdmin accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(FirstAdmin accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PasswordChangeRequired.PAGE)
    String page(@ModelAttribute("form") PasswordForm form, Model model) {
        model.addAttribute("required", PasswordChangeRequired.mustChange());
        return "security/password";
    }

    @PostMapping(PasswordChangeRequired.PAGE)
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, Viewer viewer, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!accounts.passwordMatches(viewer.username(), form.getCurrent())) {
            errors.rejectValue("current", "validation.password.current", "This is not your current password.");
        }
        String problem = FirstAdmin.passwordProblem(form.getPassword());
        if (problem != null) {
            errors.rejectValue("password", problem, "Use at least 12 characters.");
        }
        else if (form.getPassword().equals(form.getCurrent())) {
            errors.rejectValue("password", "validation.password.same", "Choose a password other than the current one.");
        }
        else if (!form.getPassword().equals(form.getRepeat())) {
            errors.rejectValue("repeat", "validation.password.repeat", "The two passwords differ.");
        }
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            model.addAttribute("required", PasswordChangeRequired.mustChange());
            return "security/password";
        }
        var session = request.getSession(false);
        accounts.changeOwnPassword(viewer.username(), form.getPassword(), session == null ? null : session.getId());
        signedInWithoutOneTimeMark(request, response);
        redirect.addFlashAttribute("notice", Notice.of("password.changed"));
        return "redirect:/";
    }

    /** Keeps the user signed in, with their role but no longer sent to this page. */
    private void signedInWithoutOneTimeMark(HttpServletRequest request, HttpServletResponse response) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        var authorities = current.getAuthorities().stream()
                .filter(a -> !PasswordChangeRequired.AUTHORITY.equals(a.getAuthority())).toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null,
                List.copyOf(authorities)));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
