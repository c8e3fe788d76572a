package com.dealtrace.deal;

import java.util.Locale;

import com.dealtrace.change.AsOf;
import com.dealtrace.security.Viewer;
import com.dealtrace.web.AsOfParam;
import com.dealtrace.web.FilterValidation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DealController {

    private final DealService deals;
    private final FilterValidation validation;

    DealController(DealService deals, FilterValidation validation) {
        this.deals = deals;
        this.validation = validation;
    }

    /**
     * The deal list; a filter value that does not parse is reported beside its field and
     * left out of the search; the other filters still apply. */
    @GetMapping("/deals")
    String list(@Valid @ModelAttribute("filter") DealFilter filter, BindingResult errors, Viewer viewer, Locale locale,
            Model model) {
        validation.complete(filter, errors);
        DealFilter applied = filter.without(errors);
        model.addAttribute("view", deals.list(applied, viewer.audience(), locale.getLanguage()));
        int cursorErrors = errors.getFieldErrorCount("after") + errors.getFieldErrorCount("before");
        model.addAttribute("filterRejected", errors.getErrorCount() > cursorErrors);
        model.addAttribute("cursorRejected", cursorErrors > 0);
        return "deal/list";
    }

    /** The brief, or with {@code ?asOf=} a day the brief as it stood then. */
    @GetMapping("/deals/{slug}")
    String brief(@PathVariable String slug, @RequestParam(required = false) String asOf, Viewer viewer, Model model,
            HttpServletResponse response) {
        var when = AsOfParam.read(asOf);
        when.addTo(model, response);
        try {
            model.addAttribute("view", deals.brief(slug, viewer.audience(), when.asOf()));
        }
        catch (AsOf.NotRecorded missing) {
            return AsOfParam.notRecorded(missing, model, response);
        }
        return "deal/brief";
    }
}
