package com.dealtrace.follow;

import com.dealtrace.security.Viewer;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Following deals, parties and saved searches, and the page that lists them. Each user sees only their own. */
@Controller
class FollowController {

    private final Follows follows;

    FollowController(Follows follows) {
        this.follows = follows;
    }

    @GetMapping("/account/following")
    String following(Viewer viewer, Model model) {
        model.addAttribute("follows", follows.of(viewer.username()));
        return "follow/following";
    }

    @PostMapping("/account/following/deals/{slug}")
    String followDeal(@PathVariable String slug, Viewer viewer, HttpServletRequest request, RedirectAttributes redirect) {
        boolean added = follows.followDeal(viewer.username(), slug, viewer.audience());
        InboxCount.forget(request);
        redirect.addFlashAttribute("notice", Notice.of(added ? "follow.notice.deal" : "follow.notice.already"));
        return "redirect:/deals/" + slug;
    }

    @PostMapping("/account/following/parties/{slug}")
    String followParty(@PathVariable String slug, Viewer viewer, HttpServletRequest request, RedirectAttributes redirect) {
        boolean added = follows.followParty(viewer.username(), slug);
        InboxCount.forget(request);
        redirect.addFlashAttribute("notice", Notice.of(added ? "follow.notice.party" : "follow.notice.already"));
        return "redirect:/parties/" + slug;
    }

    /** Saves a search; a search without a name comes back on the Following page with the error beside the name. */
    @PostMapping("/account/following/searches")
    String saveSearch(@Valid @ModelAttribute("form") SearchForm form, BindingResult errors, Viewer viewer,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("name") && form.name() != null && form.name().isBlank()) {
            errors.rejectValue("name", "follow.search.name.needed");
        }
        if (!errors.hasErrors() && !form.narrows()) {
            errors.rejectValue("q", "follow.search.everything");
        }
        if (errors.hasErrors()) {
            FormOutcome.rejected(response);
            return following(viewer, model);
        }
        follows.saveSearch(viewer.username(), form);
        InboxCount.forget(request);
        redirect.addFlashAttribute("notice", Notice.of("follow.notice.search"));
        return "redirect:/account/following";
    }

    @PostMapping("/account/following/{id:\\d{1,18}}/delete")
    String unfollow(@PathVariable long id, Viewer viewer, HttpServletRequest request, RedirectAttributes redirect) {
        follows.unfollow(viewer.username(), id);
        InboxCount.forget(request);
        redirect.addFlashAttribute("notice", Notice.of("follow.notice.unfollowed"));
        return "redirect:/account/following";
    }
}
