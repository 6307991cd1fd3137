package edu.lifecycle.console.pages;

import org.springframework.ui.Model;

/** What every programme-year page puts in its model: the year it shows and which page it is, for the menu. */
final class PageModel {

    private PageModel() {}

    static void year(Model model, String programme, String year, String page) {
        model.addAttribute("programme", programme);
        model.addAttribute("year", year);
        model.addAttribute("page", page);
        model.addAttribute("yearPath", HomeController.yearPath(programme, year));
    }
}
