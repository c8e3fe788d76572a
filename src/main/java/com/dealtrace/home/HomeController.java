package com.dealtrace.home;

import java.util.Locale;

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
    String home(Viewer viewer, Locale locale, Model model) {
        model.addAttribute("view", home.home(viewer.audience(), locale.getLanguage()));
        return "home/home";
    }
}
