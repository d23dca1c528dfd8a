package org.genobay.omics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.genobay.accounts.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/omics/datasets")
@Tag(name = "omics", description = "variant datasets ingested into the cohort variant store, and their allele counts")
class OmicsApi {

    private final VariantDatasets datasets;
    private final VariantQueries queries;

    OmicsApi(VariantDatasets datasets, VariantQueries queries) {
        this.datasets = datasets;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The institution's variant datasets, newest first, with status and progress")
    List<VariantDatasets.DatasetView> list(CurrentUser user) {
        return datasets.list(user);
    }

    /** Files on the server to register: each must lie under one of {@code genobay.omics.import-dirs}. */
    record Registration(String name, List<String> paths) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Register VCF, VCF.gz or BCF files on the server (under an import directory) and ingest them",
            description = "The ingest runs in the background: poll GET /api/omics/datasets/{id} until the status is"
                    + " READY or FAILED. Several files may split a cohort by chromosome or by batch.")
    VariantDatasets.DatasetView register(CurrentUser user, @RequestBody Registration body) {
        return datasets.registerPaths(body.name(), body.paths(), user);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Upload VCF, VCF.gz or BCF files (form fields name and files) and ingest them",
            description = "Each file may be at most genobay.omics.max-upload-size (1 GB unless configured). The ingest"
                    + " runs in the background: poll GET /api/omics/datasets/{id}.")
    @ApiResponse(
            responseCode = "413",
            description = "a file is larger than genobay.omics.max-upload-size",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    VariantDatasets.DatasetView upload(
            CurrentUser user, @RequestParam String name, @RequestPart("files") List<MultipartFile> files) {
        return datasets.upload(
                name, files.stream().map(MultipartFile::getResource).toList(), user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A dataset with its status, progress (records read), counts, or the error that stopped it")
    VariantDatasets.DatasetView get(CurrentUser user, @PathVariable long id) {
        return datasets.get(id, user);
    }

    @GetMapping("/{id}/region")
    @Operation(
            summary = "Variants overlapping a region (CHROM:START-END, CHROM:POS or CHROM) with AC, AN, AF, het and"
                    + " homalt over all samples; at most 1,000 listed, total counts them all")
    VariantQueries.RegionResult region(CurrentUser user, @PathVariable long id, @RequestParam String region) {
        return queries.region(id, region, user);
    }

    @GetMapping("/{id}/variants/{key}")
    @Operation(
            summary = "A variant (CHROM-POS-REF-ALT or an ID such as an rsID) overall and by population",
            description = "A sample's population is that of the participant whose genome sample ID it is; samples"
                    + " of participants without a population form 'unknown', samples no participant claims"
                    + " 'unlinked'. An ID may name several variants (one per alternate allele).")
    List<VariantQueries.VariantFrequencies> variant(CurrentUser user, @PathVariable long id, @PathVariable String key) {
        return queries.variant(id, key, user);
    }
}
