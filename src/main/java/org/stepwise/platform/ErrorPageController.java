package org.stepwise.platform;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page shown when the security filters refuse a signed-in user. */
@Controller
class ErrorPageController {

    @RequestMapping("/error/403")
    String forbidden(Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("title", HttpStatus.FORBIDDEN.getReasonPhrase());
        model.addAttribute("message", "Your role does not include this page. Ask a program director or administrator "
                + "if your work needs it.");
        return "error";
    }
}
