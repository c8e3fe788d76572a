package com.dealtrace.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.dealtrace.web.Notice;
import com.dealtrace.web.PlainText;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User management for admins: create accounts, change roles, disable accounts, reset passwords. */
@Controller
class UserAdminController {

    private final UserAccounts accounts;

    UserAdminController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The change an admin makes to an existing account. An unticked "Active" box sends no field at all, so
     * {@code enabled} is absent (null) then, which means disabled.
     */
    @PlainText
    record UserChange(@NotBlank(message = "{validation.userChange.displayName.notBlank}") @Size(max = 100) String displayName,
            @NotNull(message = "{validation.userChange.role.notNull}") Role role, Boolean enabled) {

        boolean active() {
            return Boolean.TRUE.equals(enabled);
        }
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("form", new NewUserForm());
        return page(model);
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (!errors.hasFieldErrors("username") && accounts.exists(form.getUsername())) {
            errors.rejectValue("username", "validation.newUserForm.username.taken", "This user name is taken.");
        }
        // BCrypt reads at most 72 bytes and refuses longer passwords outright
        if (form.getPassword() != null && form.getPassword().getBytes(StandardCharsets.UTF_8).length > 72) {
            errors.rejectValue("password", "validation.newUserForm.password.long", "Keep the password to 72 bytes: 72 plain letters, fewer with accents or emoji.");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model);
        }
        boolean generate = form.getPassword() == null || form.getPassword().isBlank();
        String password = generate ? UserAccounts.randomPassword() : form.getPassword();
        var user = accounts.create(form.getUsername(), form.getDisplayName(), form.getRole(), password);
        // a new secret is shown in this response only: never stored in the session, not even as a flash attribute
        model.addAttribute("notice", "The account " + user.username() + " is created.");
        if (generate) {
            model.addAttribute("newPassword", new NewPassword(user.username(), password));
        }
        model.addAttribute("form", new NewUserForm());
        return page(model);
    }

    @PostMapping("/admin/users/{id:\\d{1,18}}")
    String change(@PathVariable long id, @Valid UserChange change, BindingResult errors, Viewer viewer,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("notice", Notice.of("notice.user.unchanged", errors.getAllErrors().get(0).getDefaultMessage()));
            return "redirect:/admin/users";
        }
        var user = accounts.get(id);
        if (user.username().equals(viewer.username()) && (change.role() != Role.ADMIN || !change.active())) {
            redirect.addFlashAttribute("notice", Notice.of("notice.user.self"));
            return "redirect:/admin/users";
        }
        accounts.change(id, change.displayName(), change.role(), change.active());
        redirect.addFlashAttribute("notice", Notice.of("notice.user.updated", user.username()));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id:\\d{1,18}}/password")
    String resetPassword(@PathVariable long id, Model model) {
        var user = accounts.get(id);
        model.addAttribute("newPassword", new NewPassword(user.username(), accounts.resetPassword(id)));
        model.addAttribute("form", new NewUserForm());
        return page(model);
    }

    /** A password shown to the admin this once, to hand over to the user. */
    record NewPassword(String username, String password) {
    }

    private String page(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", List.of(Role.values()));
        return "security/users";
    }
}
