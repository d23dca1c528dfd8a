package org.genobay.donors;

import java.util.Map;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.GenobayException;
import org.genobay.errors.InvalidInputException;
import org.genobay.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The search form, a saved search with its ranked results drawn as a grid, the saved searches and re-runs. */
@Controller
class SearchPages {

    private final DonorSearches searches;

    SearchPages(DonorSearches searches) {
        this.searches = searches;
    }

    @GetMapping("/donor-searches/new")
    String form(Model model) {
        return form(SearchForm.empty(), model);
    }

    /** Runs the search and shows it; a problem shows the form again as it was filled, with the problem. */
    @PostMapping("/donor-searches")
    String search(CurrentUser user, @RequestParam Map<String, String> params, Model model) {
        SearchForm form = SearchForm.of(params);
        try {
            return "redirect:/donor-searches/"
                    + searches.search(form.request(), user).code();
        } catch (GenobayException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("field", e instanceof InvalidInputException i ? i.field() : "");
            return form(form, model);
        }
    }

    @GetMapping("/donor-searches")
    String list(CurrentUser user, Model model) {
        model.addAttribute("searches", searches.list(user));
        return "donors/searches";
    }

    @GetMapping("/donor-searches/{code}")
    String search(CurrentUser user, @PathVariable String code, Model model) {
        DonorSearches.SearchView view = searches.get(code, user);
        model.addAttribute("search", view);
        model.addAttribute(
                "loci",
                SearchForm.LOCI.stream().filter(view.request().loci()::contains).toList());
        model.addAttribute("probability", view.results().stream().anyMatch(r -> r.probability()
                .isPresent()));
        return "donors/search";
    }

    @PostMapping("/donor-searches/{code}/rerun")
    String rerun(CurrentUser user, @PathVariable String code, RedirectAttributes flash) {
        String page = "/donor-searches/" + code;
        return Forms.attempt(flash, page, "Search run again on the current typings.", () -> {
            searches.rerun(code, user);
            return page;
        });
    }

    private static String form(SearchForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("formLoci", SearchForm.LOCI);
        return "donors/search-form";
    }
}
