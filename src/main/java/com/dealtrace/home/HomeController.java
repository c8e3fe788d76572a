package com.dealtrace.home;

import com.dealtrace.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final HomeService home;

    HomeController(HomeService home) {
        this.home = home;
    }

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        model.addAttribute("view", home.home(viewer.audience()));
        return "home/home";
    }
}
