package org.genobay.donors;

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

/** The donor import page: upload or paste a CSV, see the donors registered or every problem by row and column. */
@Controller
class DonorImportPages {

    private final DonorImport imports;

    DonorImportPages(DonorImport imports) {
        this.imports = imports;
    }

    @GetMapping("/donors/import")
    String page(Model model) {
        model.addAttribute("columns", DonorImport.COLUMNS);
        return "donors/import";
    }

    @GetMapping("/donors/import/template.csv")
    ResponseEntity<String> template() {
        String csv = String.join(",", DonorImport.COLUMNS) + "\n"
                + "D-000123,FEMALE,1990,A+,NEGATIVE,AVAILABLE,"
                + "A*01:01+A*02:01^B*08:01+B*07:02^C*07:01+C*07:02^DRB1*03:01+DRB1*15:01^DQB1*02:01+DQB1*06:02,"
                + "Northfield HLA lab,NGS,2024-03-01\n";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=genobay-donors.csv")
                .body(csv);
    }

    @PostMapping("/donors/import")
    String run(
            CurrentUser user,
            @RequestParam Optional<MultipartFile> file,
            @RequestParam Optional<String> text,
            Model model) {
        model.addAttribute("columns", DonorImport.COLUMNS);
        text.ifPresent(t -> model.addAttribute("text", t));
        try {
            String csv = file.filter(f -> !f.isEmpty())
                    .map(DonorImportPages::read)
                    .or(() -> text.filter(t -> !t.isBlank()))
                    .orElseThrow(() -> new InvalidInputException("file", "choose a CSV file or paste its text"));
            model.addAttribute("report", imports.run(csv, user));
        } catch (GenobayException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "donors/import";
    }

    private static String read(MultipartFile file) {
        // Checked before reading: the file is read whole, and uploads elsewhere (variant files) may be large.
        if (file.getSize() > 4L * DonorImport.MAX_CHARACTERS) {
            throw new InvalidInputException(
                    "file",
                    file.getOriginalFilename() + " has " + file.getSize() + " bytes; import at most "
                            + DonorImport.MAX_CHARACTERS + " characters at a time");
        }
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("file", "the upload of " + file.getOriginalFilename() + " failed");
        }
    }
}
