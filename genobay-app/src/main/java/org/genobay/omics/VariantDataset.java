package org.genobay.omics;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A variant dataset as the application knows it: whose it is, where its files came from, how its ingest went. */
@Entity
class VariantDataset {

    enum Source {
        PATH,
        UPLOAD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long institutionId;
    private String name;
    private String storeName;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String files;

    @Enumerated(EnumType.STRING)
    private DatasetStatus status;

    private long recordsRead;
    private long bytesRead;
    private long bytesTotal;
    private Long variantCount;
    private Integer sampleCount;
    private String errorMessage;
    private Instant registeredAt;
    private String registeredBy;
    private Instant finishedAt;

    @Version
    private long version;

    protected VariantDataset() {}

    VariantDataset(
            long institutionId,
            String name,
            String storeName,
            Source source,
            List<String> files,
            long bytesTotal,
            Instant registeredAt,
            String registeredBy) {
        this.institutionId = institutionId;
        this.name = name;
        this.storeName = storeName;
        this.source = source;
        this.files = String.join("\n", files);
        this.bytesTotal = bytesTotal;
        this.status = DatasetStatus.REGISTERED;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    long id() {
        return id;
    }

    long institutionId() {
        return institutionId;
    }

    String name() {
        return name;
    }

    String storeName() {
        return storeName;
    }

    DatasetStatus status() {
        return status;
    }

    void started() {
        status = DatasetStatus.INGESTING;
    }

    void ready(long variants, int samples, Instant at) {
        status = DatasetStatus.READY;
        variantCount = variants;
        sampleCount = samples;
        bytesRead = bytesTotal;
        finishedAt = at;
    }

    void failed(String message, Instant at) {
        status = DatasetStatus.FAILED;
        errorMessage = message.length() <= 2000 ? message : message.substring(0, 1999) + "…";
        finishedAt = at;
    }

    VariantDatasets.DatasetView view() {
        return new VariantDatasets.DatasetView(
                id,
                name,
                status,
                source.name(),
                List.of(files.split("\n")),
                new VariantDatasets.Progress(
                        recordsRead, bytesRead, bytesTotal, bytesTotal == 0 ? 0 : (int) (100 * bytesRead / bytesTotal)),
                Optional.ofNullable(variantCount),
                Optional.ofNullable(sampleCount),
                Optional.ofNullable(errorMessage),
                registeredAt,
                registeredBy,
                Optional.ofNullable(finishedAt));
    }
}
