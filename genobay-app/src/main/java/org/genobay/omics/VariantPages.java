package org.genobay.omics;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.GenobayException;
import org.genobay.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The variant datasets page (register, upload), a dataset's page (progress, region search) and the variant page. */
@Controller
class VariantPages {

    private static final int PLOT_WIDTH = 640;

    private final VariantDatasets datasets;
    private final VariantQueries queries;
    private final ImportDirectories importDirectories;
    private final OmicsProperties properties;

    VariantPages(
            VariantDatasets datasets,
            VariantQueries queries,
            ImportDirectories importDirectories,
            OmicsProperties properties) {
        this.datasets = datasets;
        this.queries = queries;
        this.importDirectories = importDirectories;
        this.properties = properties;
    }

    @GetMapping("/variants")
    String list(CurrentUser user, Model model, HttpServletResponse response) {
        List<VariantDatasets.DatasetView> all = datasets.list(user);
        if (all.stream().anyMatch(VariantDatasets.DatasetView::running)) {
            response.setHeader("Refresh", "5");
        }
        model.addAttribute("datasets", all);
        model.addAttribute("importDirs", importDirectories.directories());
        model.addAttribute("maxUpload", properties.maxUploadSize());
        model.addAttribute("user", user);
        return "omics/datasets";
    }

    @PostMapping("/variants/datasets")
    String register(CurrentUser user, @RequestParam String name, @RequestParam String paths, RedirectAttributes flash) {
        List<String> files =
                paths.lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
        return Forms.attempt(
                flash,
                "/variants",
                "Dataset registered; its ingest runs in the background.",
                () -> "/variants/datasets/"
                        + datasets.registerPaths(name, files, user).id());
    }

    @PostMapping("/variants/datasets/upload")
    String upload(
            CurrentUser user,
            @RequestParam String name,
            @RequestParam Optional<List<MultipartFile>> files,
            RedirectAttributes flash) {
        return Forms.attempt(
                flash,
                "/variants",
                "Dataset uploaded; its ingest runs in the background.",
                () -> "/variants/datasets/"
                        + datasets.upload(
                                        name,
                                        files.orElse(List.of()).stream()
                                                .map(MultipartFile::getResource)
                                                .toList(),
                                        user)
                                .id());
    }

    @GetMapping("/variants/datasets/{id}")
    String dataset(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Optional<String> region,
            Model model,
            HttpServletResponse response) {
        VariantDatasets.DatasetView dataset = datasets.get(id, user);
        if (dataset.running()) {
            // Reload every two seconds while the ingest runs: progress without JavaScript.
            response.setHeader("Refresh", "2");
        }
        model.addAttribute("dataset", dataset);
        model.addAttribute("region", region.orElse(""));
        if (dataset.status() == DatasetStatus.READY
                && region.filter(r -> !r.isBlank()).isPresent()) {
            try {
                model.addAttribute("result", queries.region(id, region.get(), user));
            } catch (GenobayException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "omics/dataset";
    }

    @GetMapping("/variants/datasets/{id}/variant")
    String lookUp(CurrentUser user, @PathVariable long id, @RequestParam String key, RedirectAttributes flash) {
        try {
            queries.requireVariant(id, key, user);
            return "redirect:/variants/datasets/" + id + "/variants/"
                    + URLEncoder.encode(key.strip(), StandardCharsets.UTF_8);
        } catch (GenobayException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/variants/datasets/" + id;
        }
    }

    @GetMapping("/variants/datasets/{id}/variants/{key}")
    String variant(CurrentUser user, @PathVariable long id, @PathVariable String key, Model model) {
        model.addAttribute("dataset", datasets.get(id, user));
        model.addAttribute("key", key);
        model.addAttribute(
                "variants",
                queries.variant(id, key, user).stream()
                        .map(v -> new Drawn(v, FrequencyPlot.of(v.variant().all(), v.populations(), PLOT_WIDTH)))
                        .toList());
        return "omics/variant";
    }

    /** One variant of the page with its plot. */
    record Drawn(VariantQueries.VariantFrequencies frequencies, FrequencyPlot plot) {}
}
