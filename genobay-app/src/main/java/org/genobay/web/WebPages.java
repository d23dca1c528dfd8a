package org.genobay.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class WebPages {

    /** Biobank users start at the participant search; the other roles have no pages yet and are told so. */
    @GetMapping("/")
    String start(HttpServletRequest request) {
        boolean biobank =
                Stream.of("ADMINISTRATOR", "BIOBANK_STAFF", "CLINICIAN").anyMatch(request::isUserInRole);
        return biobank ? "redirect:/participants" : "home";
    }
}
