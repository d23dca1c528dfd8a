package org.genobay.omics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.genobay.accounts.CurrentUser;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.genobay.errors.PayloadTooLargeException;
import org.genobay.variants.IngestRequest;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers variant datasets, by server path or by upload, and hands each to {@link IngestJobs}; lists them with
 * their progress. A dataset's name is unique within its institution; its name in the store adds the institution and a
 * random suffix, so institutions never collide there.
 */
@Service
@Transactional
public class VariantDatasets {

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private final VariantDatasetRepository datasets;
    private final ImportDirectories importDirectories;
    private final IngestJobs jobs;
    private final OmicsProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    VariantDatasets(
            VariantDatasetRepository datasets,
            ImportDirectories importDirectories,
            IngestJobs jobs,
            OmicsProperties properties,
            JdbcTemplate jdbc,
            Clock clock) {
        this.datasets = datasets;
        this.importDirectories = importDirectories;
        this.jobs = jobs;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A dataset as users see it: never the server's paths of uploads, nor the store's name. */
    public record DatasetView(
            long id,
            String name,
            DatasetStatus status,
            String source,
            List<String> files,
            Progress progress,
            Optional<Long> variants,
            Optional<Integer> samples,
            Optional<String> error,
            Instant registeredAt,
            String registeredBy,
            Optional<Instant> finishedAt) {

        public boolean running() {
            return status.running();
        }
    }

    /**
     * How far the ingest got.
     *
     * @param records VCF/BCF records read so far
     * @param bytesRead compressed bytes of the files read so far
     * @param bytesTotal compressed size of all files
     * @param percent of the bytes read
     */
    public record Progress(long records, long bytesRead, long bytesTotal, int percent) {}

    /** Registers files under the import directories and queues their ingest. */
    public DatasetView registerPaths(String name, List<String> paths, CurrentUser user) {
        OmicsRoles.requireWrite(user, "register variant datasets");
        checkName(name, user);
        if (paths == null || paths.isEmpty()) {
            throw new InvalidInputException("paths", "paths: give at least one VCF, VCF.gz or BCF file");
        }
        List<Path> files = paths.stream().map(importDirectories::resolve).toList();
        jobs.requireCapacity();
        VariantDataset dataset = datasets.save(new VariantDataset(
                user.institutionId(),
                name,
                storeName(name, user),
                VariantDataset.Source.PATH,
                files.stream().map(Path::toString).toList(),
                totalSize(files),
                clock.instant(),
                user.username()));
        jobs.submitAfterCommit(
                new IngestJobs.Job(dataset.id(), IngestRequest.of(dataset.storeName(), files), Optional.empty()));
        return dataset.view();
    }

    /**
     * Keeps uploaded files (a multipart upload, or the demo's bundled sample) until their ingest ends, and queues it.
     *
     * @throws PayloadTooLargeException when a file is larger than {@code genobay.omics.max-upload-size}
     */
    public DatasetView upload(String name, List<? extends Resource> uploads, CurrentUser user) {
        OmicsRoles.requireWrite(user, "register variant datasets");
        checkName(name, user);
        List<Resource> files = uploads == null ? List.of() : List.copyOf(uploads);
        if (files.isEmpty() || files.stream().allMatch(this::empty)) {
            throw new InvalidInputException("files", "files: choose a VCF, VCF.gz or BCF file to upload");
        }
        long limit = properties.maxUploadSize().toBytes();
        for (Resource file : files) {
            long size = size(file);
            if (size > limit) {
                throw new PayloadTooLargeException("upload " + file.getFilename() + " has " + size
                        + " bytes; at most " + limit + " bytes (" + properties.maxUploadSize()
                        + ", genobay.omics.max-upload-size) may be uploaded; put larger files in an import directory"
                        + " and register them by path");
            }
        }
        jobs.requireCapacity();
        Path spool = properties.uploadDir().resolve(UUID.randomUUID().toString());
        List<Path> saved = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            Files.createDirectories(spool);
            for (Resource file : files) {
                String fileName = safeFileName(file.getFilename(), names);
                Path target = spool.resolve(fileName);
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, target);
                }
                saved.add(target);
                names.add(fileName);
            }
        } catch (IOException e) {
            throw new InvalidInputException("files", "the upload could not be stored: " + e.getMessage());
        }
        try {
            VariantDataset dataset = datasets.save(new VariantDataset(
                    user.institutionId(),
                    name,
                    storeName(name, user),
                    VariantDataset.Source.UPLOAD,
                    names,
                    totalSize(saved),
                    clock.instant(),
                    user.username()));
            jobs.submitAfterCommit(
                    new IngestJobs.Job(dataset.id(), IngestRequest.of(dataset.storeName(), saved), Optional.of(spool)));
            return dataset.view();
        } catch (RuntimeException e) {
            IngestJobs.deleteSpool(Optional.of(spool));
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public List<DatasetView> list(CurrentUser user) {
        OmicsRoles.requireRead(user, "see variant datasets");
        return datasets.findByInstitutionIdOrderByIdDesc(user.institutionId()).stream()
                .map(VariantDataset::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public DatasetView get(long id, CurrentUser user) {
        OmicsRoles.requireRead(user, "see variant datasets");
        return find(id, user).view();
    }

    /** The ready datasets of the user's institution that hold this sample. */
    @Transactional(readOnly = true)
    public List<DatasetView> holdingSample(String sampleId, CurrentUser user) {
        List<Long> ids = jdbc.queryForList(
                "select s.dataset_id from variant_dataset_sample s join variant_dataset d on d.id = s.dataset_id"
                        + " where s.sample_id = ? and d.institution_id = ? and d.status = 'READY' order by d.id",
                Long.class,
                sampleId,
                user.institutionId());
        return datasets.findAllById(ids).stream().map(VariantDataset::view).toList();
    }

    VariantDataset find(long id, CurrentUser user) {
        return datasets.findByIdAndInstitutionId(id, user.institutionId())
                .orElseThrow(() -> new NotFoundException("variant dataset", id));
    }

    private void checkName(String name, CurrentUser user) {
        if (name == null || !name.matches(NAME)) {
            throw new InvalidInputException(
                    "name",
                    "name '" + name + "' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or"
                            + " digit");
        }
        if (datasets.existsByInstitutionIdAndName(user.institutionId(), name)) {
            throw new ConflictException("duplicate", "a variant dataset named '" + name + "' exists already");
        }
    }

    private static String storeName(String name, CurrentUser user) {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return name + "-" + user.institutionId() + "-" + HexFormat.of().formatHex(random);
    }

    private boolean empty(Resource file) {
        return size(file) == 0;
    }

    private static long size(Resource file) {
        try {
            return file.contentLength();
        } catch (IOException e) {
            throw new InvalidInputException("files", "the upload of " + file.getFilename() + " could not be read");
        }
    }

    private static long totalSize(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                // the size only feeds the progress bar
            }
        }
        return total;
    }

    /** The upload's own name, reduced to characters that are safe in a path, and unique within the upload. */
    private static String safeFileName(String original, List<String> taken) {
        String base = original == null
                ? ""
                : Path.of(original.replace('\\', '/')).getFileName().toString();
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
        if (safe.isEmpty()) {
            safe = "upload.vcf";
        }
        String name = safe;
        for (int n = 2; taken.contains(name); n++) {
            name = n + "-" + safe;
        }
        return name;
    }
}
