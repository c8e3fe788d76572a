package com.dealtrace.event;

import com.dealtrace.change.AsOf;
import com.dealtrace.security.Viewer;
import com.dealtrace.web.AsOfParam;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TimelineController {

    private final TimelineService timelines;

    TimelineController(TimelineService timelines) {
        this.timelines = timelines;
    }

    /** The timeline, or with {@code ?asOf=} a day the timeline as it stood then. */
    @GetMapping("/deals/{slug}/timeline")
    String timeline(@PathVariable String slug, @RequestParam(required = false) String asOf, Viewer viewer, Model model,
            HttpServletResponse response) {
        var when = AsOfParam.read(asOf);
        when.addTo(model, response);
        try {
            model.addAttribute("view", timelines.timeline(slug, viewer.audience(), when.asOf()));
        }
        catch (AsOf.NotRecorded missing) {
            return AsOfParam.notRecorded(missing, model, response);
        }
        return "event/timeline";
    }
}
