package org.genobay.clinical;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.InvalidInputException;
import org.genobay.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinical forms of the participant page (each answers on the participant page, with what is wrong when it is
 * refused), the clinical search and FHIR import page, and the term look-up behind the pickers. Each form that changes
 * or removes a recorded row carries the row's version in a hidden field: a form made on an older version is refused.
 */
@Controller
class ClinicalPages {

    private static final Pattern HPO_ID = Pattern.compile("(?i)^HP[:_]\\d{7}");

    private final ClinicalRecords records;
    private final ClinicalQueries queries;
    private final Terminologies terminologies;
    private final FhirImport imports;

    ClinicalPages(ClinicalRecords records, ClinicalQueries queries, Terminologies terminologies, FhirImport imports) {
        this.records = records;
        this.queries = queries;
        this.terminologies = terminologies;
        this.imports = imports;
    }

    @GetMapping("/clinical")
    String clinical(
            CurrentUser user,
            @RequestParam(defaultValue = "") String hpo,
            @RequestParam(defaultValue = "") String icd10,
            Model model) {
        model.addAttribute("hpo", hpo);
        model.addAttribute("icd10", icd10);
        try {
            if (!hpo.isBlank()) {
                String term = hpoTerm(hpo);
                model.addAttribute(
                        "query",
                        term + " "
                                + terminologies.hpo().find(term).orElseThrow().name() + " and its descendants");
                model.addAttribute("found", queries.withPhenotype(term, true, user));
            } else if (!icd10.isBlank()) {
                String code = icd10Code(icd10);
                model.addAttribute(
                        "query",
                        code + " "
                                + terminologies.icd10().find(code).orElseThrow().name() + " and the codes below it");
                model.addAttribute("found", queries.withDiagnosis(code, true, user));
            }
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "clinical/clinical";
    }

    @PostMapping("/clinical/import")
    String importBundle(
            CurrentUser user,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String bundle,
            Model model)
            throws IOException {
        String json = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : bundle;
        model.addAttribute("report", imports.run(json, user));
        model.addAttribute("hpo", "");
        model.addAttribute("icd10", "");
        return "clinical/clinical";
    }

    @GetMapping("/clinical/terms/{terminology}")
    @ResponseBody
    List<OntologyTerm> terms(@PathVariable String terminology, @RequestParam(defaultValue = "") String q) {
        Terminology terms = terminology.equals("hpo") ? terminologies.hpo() : terminologies.icd10();
        return terms.search(q, ClinicalApi.SEARCH_LIMIT);
    }

    @PostMapping("/participants/{studyId}/clinical/diagnoses")
    String addDiagnosis(
            CurrentUser user,
            @PathVariable String studyId,
            @RequestParam String code,
            @RequestParam(defaultValue = "") String diagnosedOn,
            RedirectAttributes flash) {
        return Forms.attempt(flash, back(studyId), "Diagnosis recorded.", () -> {
            records.addDiagnosis(studyId, new NewDiagnosis(icd10Code(code), date("diagnosedOn", diagnosedOn)), user);
            return back(studyId);
        });
    }

    @PostMapping("/participants/{studyId}/clinical/diagnoses/{id}")
    String editDiagnosis(
            CurrentUser user,
            @PathVariable String studyId,
            @PathVariable long id,
            @RequestParam String code,
            @RequestParam(defaultValue = "") String diagnosedOn,
            @RequestParam Optional<Long> version,
            RedirectAttributes flash) {
        return Forms.attempt(flash, back(studyId), "Diagnosis changed.", () -> {
            records.editDiagnosis(
                    studyId, id, version, new NewDiagnosis(icd10Code(code), date("diagnosedOn", diagnosedOn)), user);
            return back(studyId);
        });
    }

    @PostMapping("/participants/{studyId}/clinical/phenotypes")
    String addPhenotype(
            CurrentUser user,
            @PathVariable String studyId,
            @RequestParam String term,
            @RequestParam(defaultValue = "false") boolean excluded,
            @RequestParam(defaultValue = "") String onset,
            RedirectAttributes flash) {
        return Forms.attempt(flash, back(studyId), "Phenotype recorded.", () -> {
            records.addPhenotype(studyId, new NewPhenotype(hpoTerm(term), excluded, date("onset", onset)), user);
            return back(studyId);
        });
    }

    @PostMapping("/participants/{studyId}/clinical/phenotypes/{id}")
    String editPhenotype(
            CurrentUser user,
            @PathVariable String studyId,
            @PathVariable long id,
            @RequestParam String term,
            @RequestParam(defaultValue = "false") boolean excluded,
            @RequestParam(defaultValue = "") String onset,
            @RequestParam Optional<Long> version,
            RedirectAttributes flash) {
        return Forms.attempt(flash, back(studyId), "Phenotype changed.", () -> {
            records.editPhenotype(
                    studyId, id, version, new NewPhenotype(hpoTerm(term), excluded, date("onset", onset)), user);
            return back(studyId);
        });
    }

    @PostMapping({"/participants/{studyId}/clinical/observations", "/participants/{studyId}/clinical/observations/{id}"
    })
    String observation(
            CurrentUser user,
            @PathVariable String studyId,
            @PathVariable Optional<Long> id,
            @RequestParam String system,
            @RequestParam String code,
            @RequestParam String display,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String effectiveOn,
            @RequestParam Optional<Long> version,
            RedirectAttributes flash) {
        return Forms.attempt(flash, back(studyId), "Observation saved.", () -> {
            NewObservation details = new NewObservation(
                    system,
                    code,
                    display,
                    number("value", value),
                    Optional.of(unit),
                    Optional.of(text),
                    date("effectiveOn", effectiveOn).orElse(null));
            if (id.isPresent()) {
                records.editObservation(studyId, id.get(), version, details, user);
            } else {
                records.addObservation(studyId, details, user);
            }
            return back(studyId);
        });
    }

    @PostMapping({"/participants/{studyId}/clinical/treatments", "/participants/{studyId}/clinical/treatments/{id}"})
    String treatment(
            CurrentUser user,
            @PathVariable String studyId,
            @PathVariable Optional<Long> id,
            @RequestParam(required = false) TreatmentKind kind,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String startedOn,
            @RequestParam(defaultValue = "") String endedOn,
            @RequestParam Optional<Long> version,
            RedirectAttributes flash) {
        return Forms.attempt(flash, back(studyId), "Treatment saved.", () -> {
            NewTreatment details =
                    new NewTreatment(kind, name, date("startedOn", startedOn).orElse(null), date("endedOn", endedOn));
            if (id.isPresent()) {
                records.editTreatment(studyId, id.get(), version, details, user);
            } else {
                records.addTreatment(studyId, details, user);
            }
            return back(studyId);
        });
    }

    @PostMapping("/participants/{studyId}/clinical/outcome")
    String outcome(
            CurrentUser user,
            @PathVariable String studyId,
            @RequestParam(required = false) VitalStatus vitalStatus,
            @RequestParam(defaultValue = "") String lastFollowUp,
            @RequestParam(defaultValue = "") String diedOn,
            @RequestParam Optional<Long> version,
            RedirectAttributes flash) {
        return Forms.attempt(flash, back(studyId), "Outcome saved.", () -> {
            records.setOutcome(
                    studyId,
                    version,
                    new NewOutcome(vitalStatus, date("lastFollowUp", lastFollowUp), date("diedOn", diedOn)),
                    user);
            return back(studyId);
        });
    }

    @PostMapping("/participants/{studyId}/clinical/{kind}/{id}/deletion")
    String delete(
            CurrentUser user,
            @PathVariable String studyId,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam Optional<Long> version,
            RedirectAttributes flash) {
        return Forms.attempt(flash, back(studyId), "Removed.", () -> {
            records.delete(studyId, kind, id, version, user);
            return back(studyId);
        });
    }

    private static String back(String studyId) {
        return "/participants/" + studyId;
    }

    /** An HPO term from the picker: its ID (with or without the name after it), or its exact name. */
    private String hpoTerm(String text) {
        String value = text == null ? "" : text.strip();
        var id = HPO_ID.matcher(value);
        if (id.find()) {
            return id.group().replace('_', ':');
        }
        return terminologies.hpo().search(value, ClinicalApi.SEARCH_LIMIT).stream()
                .filter(t -> t.name().equalsIgnoreCase(value))
                .map(OntologyTerm::id)
                .findFirst()
                .orElseGet(() -> terminologies.hpo().require("termId", value).id());
    }

    /** An ICD-10 code from the picker: the code, possibly followed by its title. */
    private String icd10Code(String text) {
        String value = text == null ? "" : text.strip();
        String code = value.split("\\s+", 2)[0];
        return terminologies.icd10().require("code", code).id();
    }

    private static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Optional<BigDecimal> number(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a number");
        }
    }
}
