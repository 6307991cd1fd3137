package edu.lifecycle.console.pages;

import edu.lifecycle.console.ConsoleProperties;
import edu.lifecycle.console.access.Page;
import edu.lifecycle.console.access.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where a user lands: a student on their own file, staff on the overview, anyone else on what they may open. */
@Controller
class HomeController {

    private final ConsoleProperties properties;

    HomeController(ConsoleProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        var user = SignedInUser.of(authentication);
        if (user.isStudentOnly() && user.studentId().isPresent()) {
            return "redirect:/students/" + user.studentId().get();
        }
        if (user.may(Page.OVERVIEW)) {
            return "redirect:" + yearPath(properties.programme(), properties.academicYear()) + "overview";
        }
        if (user.may(Page.SYSTEM)) {
            return "redirect:/system";
        }
        return "home";
    }

    /** Another programme year, chosen in the header's form: the same page, for it. */
    @GetMapping("/choose")
    String choose(@RequestParam String programme, @RequestParam String year, @RequestParam String page) {
        return "redirect:" + yearPath(programme, year) + page;
    }

    @RequestMapping("/forbidden")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "forbidden";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }

    static String yearPath(String programme, String year) {
        return "/programmes/" + programme + "/years/" + year + "/";
    }
}
