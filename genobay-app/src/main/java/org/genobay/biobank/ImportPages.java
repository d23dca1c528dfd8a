package org.genobay.biobank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.GenobayException;
import org.genobay.errors.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: upload or paste a CSV file, see what was imported or every problem with its row and column. */
@Controller
class ImportPages {

    private final SpecimenImport imports;

    ImportPages(SpecimenImport imports) {
        this.imports = imports;
    }

    @GetMapping("/import")
    String page(Model model) {
        model.addAttribute("columns", SpecimenImport.COLUMNS);
        return "biobank/import";
    }

    @GetMapping("/import/template.csv")
    ResponseEntity<String> template() {
        String csv = String.join(",", SpecimenImport.COLUMNS) + "\n"
                + "MRN-000123,FEMALE,1980,GBR,,RESEARCH_USE;GENETIC_ANALYSIS,WHOLE_BLOOD,10,ML,2024-03-01 08:30,Ward 3,,,\n";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=genobay-import.csv")
                .body(csv);
    }

    @PostMapping("/import")
    String run(
            CurrentUser user,
            @RequestParam Optional<MultipartFile> file,
            @RequestParam Optional<String> text,
            Model model) {
        model.addAttribute("columns", SpecimenImport.COLUMNS);
        try {
            String csv = file.filter(f -> !f.isEmpty())
                    .map(ImportPages::read)
                    .or(() -> text.filter(t -> !t.isBlank()))
                    .orElseThrow(() -> new InvalidInputException("file", "choose a CSV file or paste its text"));
            model.addAttribute("report", imports.run(csv, user));
        } catch (GenobayException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "biobank/import";
    }

    private static String read(MultipartFile file) {
        // Uploads may be large elsewhere (variant files); an import file is read whole, so check it before reading.
        if (file.getSize() > 4L * SpecimenImport.MAX_CHARACTERS) {
            throw new InvalidInputException(
                    "file",
                    file.getOriginalFilename() + " has " + file.getSize() + " bytes; import at most "
                            + SpecimenImport.MAX_CHARACTERS + " characters at a time");
        }
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("file", "the upload of " + file.getOriginalFilename() + " failed");
        }
    }
}
