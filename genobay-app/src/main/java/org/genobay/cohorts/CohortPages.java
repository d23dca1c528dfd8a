package org.genobay.cohorts;

import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.Sex;
import org.genobay.biobank.SpecimenType;
import org.genobay.errors.GenobayException;
import org.genobay.sharing.Granularity;
import org.genobay.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cohort pages: saved cohorts, the criteria form whose count follows the criteria (a small script posts the form
 * to {@code /cohorts/count}; without it, the Count button does the same by a page load), and a saved cohort with its
 * members, its cohort-against-the-rest frequencies and links to request access to the datasets it counted in.
 */
@Controller
class CohortPages {

    private final Cohorts cohorts;
    private final CohortComparisons comparisons;

    CohortPages(Cohorts cohorts, CohortComparisons comparisons) {
        this.cohorts = cohorts;
        this.comparisons = comparisons;
    }

    @GetMapping("/cohorts")
    String list(CurrentUser user, Model model) {
        model.addAttribute("cohorts", cohorts.list(user));
        return "cohorts/cohorts";
    }

    @GetMapping("/cohorts/new")
    String form(
            CurrentUser user,
            @ModelAttribute("form") CohortForm form,
            @RequestParam(defaultValue = "false") boolean count,
            Model model) {
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("specimenTypes", SpecimenType.values());
        if (count) {
            try {
                model.addAttribute("count", cohorts.count(form.criteria(), user));
            } catch (GenobayException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "cohorts/new";
    }

    /** The count for the page's script: the same answer as {@code POST /api/cohorts/count}, from the form's fields. */
    @PostMapping("/cohorts/count")
    @ResponseBody
    CohortCount count(CurrentUser user, @ModelAttribute CohortForm form) {
        return cohorts.count(form.criteria(), user);
    }

    @PostMapping("/cohorts")
    String save(
            CurrentUser user, @ModelAttribute CohortForm form, @RequestParam String name, RedirectAttributes flash) {
        return Forms.attempt(
                flash,
                "/cohorts/new",
                "Cohort " + name + " saved.",
                () -> "/cohorts/" + cohorts.save(name, form.criteria(), user).id());
    }

    @GetMapping("/cohorts/{id}")
    String cohort(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Optional<Long> dataset,
            @RequestParam Optional<String> region,
            @RequestParam Optional<String> variant,
            Model model) {
        CohortView cohort = cohorts.get(id, user);
        model.addAttribute("cohort", cohort);
        model.addAttribute("requestable", requestable(cohort));
        model.addAttribute("purpose", purpose(cohort));
        if (dataset.isPresent()) {
            try {
                CohortComparisons.Comparison comparison = comparisons.compare(id, dataset.get(), region, variant, user);
                model.addAttribute("comparison", comparison);
                model.addAttribute("drawn", CohortComparisons.drawn(comparison));
            } catch (GenobayException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "cohorts/cohort";
    }

    /** The shared datasets the cohort was counted in where the user could ask for records. */
    static List<SharedCount> requestable(CohortView cohort) {
        return cohort.savedCount().shared().stream()
                .filter(s -> s.applicable() && s.granularity() != Granularity.RECORD)
                .toList();
    }

    /** The request form's purpose, prefilled with the cohort; the researcher completes it. */
    static String purpose(CohortView cohort) {
        String text = "Cohort '" + cohort.name() + "' of the cohort builder: " + cohort.description()
                + ". Purpose of the study: ";
        return text.length() > 1900 ? text.substring(0, 1900) : text;
    }
}
