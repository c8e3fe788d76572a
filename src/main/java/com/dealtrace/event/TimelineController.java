package com.dealtrace.event;

import com.dealtrace.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TimelineController {

    private final TimelineService timelines;

    TimelineController(TimelineService timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/deals/{slug}/timeline")
    String timeline(@PathVariable String slug, Viewer viewer, Model model) {
        model.addAttribute("view", timelines.timeline(slug, viewer.audience()));
        return "event/timeline";
    }
}
