package org.genobay.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class WebPages {

    @GetMapping("/")
    String start() {
        return "redirect:/participants";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
