package org.genobay.donors;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
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

/**
 * The donor import page: upload or paste a CSV or a GL-string file (a {@code .gz} upload is unpacked), see the donors
 * registered or every problem by row and column.
 */
@Controller
class DonorImportPages {

    private final DonorImport imports;

    DonorImportPages(DonorImport imports) {
        this.imports = imports;
    }

    @GetMapping("/donors/import")
    String page(Model model) {
        model.addAttribute("columns", DonorImport.COLUMNS);
        model.addAttribute("format", "csv");
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
            @RequestParam(defaultValue = "csv") String format,
            Model model) {
        model.addAttribute("columns", DonorImport.COLUMNS);
        model.addAttribute("format", format);
        text.ifPresent(t -> model.addAttribute("text", t));
        try {
            DonorImport.Format chosen = DonorImport.Format.parse(format);
            String content = file.filter(f -> !f.isEmpty())
                    .map(DonorImportPages::read)
                    .or(() -> text.filter(t -> !t.isBlank()))
                    .orElseThrow(() -> new InvalidInputException("file", "choose a file or paste its text"));
            model.addAttribute("report", imports.run(content, chosen, user));
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
        try (InputStream in = file.getInputStream()) {
            InputStream buffered = new BufferedInputStream(in);
            buffered.mark(2);
            boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
            buffered.reset();
            InputStream content = gzip ? new GZIPInputStream(buffered) : buffered;
            // at most one character past the limit is read, so the import refuses an oversized file by its length
            byte[] bytes = content.readNBytes(4 * DonorImport.MAX_CHARACTERS + 1);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("file", "the upload of " + file.getOriginalFilename() + " failed");
        }
    }
}
