package com.dealtrace.follow;

import java.util.Locale;

import com.dealtrace.security.Viewer;
import com.dealtrace.web.Deployment;
import com.dealtrace.web.FormOutcome;
import com.dealtrace.web.Notice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox: what moved in what the user follows, marking it read, the email digest and the private feed. */
@Controller
class InboxController {

    private final Inbox inbox;
    private final Deployment deployment;

    InboxController(Inbox inbox, Deployment deployment) {
        this.inbox = inbox;
        this.deployment = deployment;
    }

    @GetMapping("/account/inbox")
    String inbox(Viewer viewer, Model model) {
        var view = inbox.view(viewer.username(), viewer.audience());
        model.addAttribute("view", view);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DigestForm(view.settings().email(), view.settings().digest()));
        }
        return "follow/inbox";
    }

    /** Marks read everything up to the newest change the page showed; a later change stays unread. */
    @PostMapping("/account/inbox/read")
    String markAllRead(@RequestParam(defaultValue = "") String upTo, Viewer viewer, HttpServletRequest request,
            RedirectAttributes redirect) {
        long newest = upTo.matches("\\d{1,18}") ? Long.parseLong(upTo) : 0;
        inbox.markAllRead(viewer.username(), newest);
        InboxCount.forget(request);
        redirect.addFlashAttribute("notice", Notice.of("inbox.notice.read"));
        return "redirect:/account/inbox";
    }

    @PostMapping("/account/inbox/{change:\\d{1,18}}/read")
    String markRead(@PathVariable long change, Viewer viewer, HttpServletRequest request) {
        inbox.markRead(viewer.username(), change);
        InboxCount.forget(request);
        return "redirect:/account/inbox";
    }

    @PostMapping("/account/inbox/settings")
    String settings(@Valid @ModelAttribute("form") DigestForm form, BindingResult errors, Viewer viewer, Locale locale,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("email") && form.lacksAddress()) {
            errors.rejectValue("email", "inbox.email.needed");
        }
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return inbox(viewer, model);
        }
        inbox.saveSettings(viewer.username(), form, locale.getLanguage());
        redirect.addFlashAttribute("notice", Notice.of("inbox.notice.settings"));
        return "redirect:/account/inbox";
    }

    /** Makes a new private feed address and shows it in this response only. */
    @PostMapping("/account/inbox/feed")
    String newFeed(Viewer viewer, Model model, HttpServletRequest request) {
        model.addAttribute("newFeed", deployment.base(request) + "/feeds/inbox/" + inbox.newFeed(viewer.username()) + ".atom");
        return inbox(viewer, model);
    }

    @PostMapping("/account/inbox/feed/revoke")
    String revokeFeed(Viewer viewer, RedirectAttributes redirect) {
        inbox.revokeFeed(viewer.username());
        redirect.addFlashAttribute("notice", Notice.of("inbox.notice.feedRevoked"));
        return "redirect:/account/inbox";
    }
}
