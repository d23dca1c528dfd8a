package org.genobay.omics;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.genobay.errors.ConflictException;
import org.genobay.variants.IngestListener;
import org.genobay.variants.IngestRequest;
import org.genobay.variants.IngestSummary;
import org.genobay.variants.VariantStore;
import org.genobay.variants.VariantStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs ingests in the background on a small bounded pool, one job per registered dataset, and records their progress
 * and outcome. A job starts only after the registration has committed, and the store commits a dataset atomically, so
 * a failed ingest leaves a FAILED row and nothing in the store.
 */
@Component
class IngestJobs {

    private static final Logger log = LoggerFactory.getLogger(IngestJobs.class);
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    /** One ingest to run: the dataset's row, what the store reads, and the upload folder to delete afterwards. */
    record Job(long datasetId, IngestRequest request, Optional<Path> spool) {}

    private final VariantStore store;
    private final VariantDatasetRepository datasets;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ThreadPoolExecutor executor;

    IngestJobs(
            VariantStore store,
            VariantDatasetRepository datasets,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            Clock clock,
            OmicsProperties properties) {
        this.store = store;
        this.datasets = datasets;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                properties.ingestWorkers(),
                properties.ingestWorkers(),
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.ingestQueue())),
                r -> {
                    Thread t = new Thread(r, "genobay-ingest-job-" + number.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Refuses a registration up front when the queue of waiting ingests is full. */
    void requireCapacity() {
        if (executor.getQueue().remainingCapacity() == 0) {
            throw new ConflictException(
                    "ingest-queue-full",
                    executor.getQueue().size()
                            + " ingests are waiting already; register the dataset when they are done");
        }
    }

    /** Queues the job once the caller's transaction commits (at once when there is none). */
    void submitAfterCommit(Job job) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(job);
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteSpool(job);
                    }
                }
            });
        } else {
            submit(job);
        }
    }

    private void submit(Job job) {
        try {
            executor.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            finish(
                    job,
                    d -> d.failed("too many ingests were waiting; register the dataset again later", clock.instant()));
            deleteSpool(job);
        }
    }

    private void run(Job job) {
        IngestSummary summary;
        List<String> samples;
        try {
            finish(job, VariantDataset::started);
            summary = store.ingest(job.request(), new Progress(job.datasetId()));
            samples = store.dataset(job.request().dataset()).sampleIds();
        } catch (VariantStoreException e) {
            deleteSpool(job);
            finish(job, d -> d.failed(shown(job, e.getMessage()), clock.instant()));
            return;
        } catch (RuntimeException e) {
            deleteSpool(job);
            failUnexpectedly(job, e);
            return;
        }
        // The upload is gone before anyone can see the dataset READY.
        deleteSpool(job);
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.batchUpdate(
                        "insert into variant_dataset_sample (dataset_id, sample_id) values (?, ?)",
                        samples.stream()
                                .map(sample -> new Object[] {job.datasetId(), sample})
                                .toList());
                datasets.findById(job.datasetId())
                        .orElseThrow()
                        .ready(summary.variants(), summary.samples(), clock.instant());
            });
        } catch (RuntimeException e) {
            failUnexpectedly(job, e);
        }
    }

    private void failUnexpectedly(Job job, RuntimeException e) {
        String incident = UUID.randomUUID().toString();
        log.error("ingest of dataset {} failed: incident {}", job.datasetId(), incident, e);
        finish(
                job,
                d -> d.failed(
                        "the ingest failed; the server log names this failure as incident " + incident,
                        clock.instant()));
    }

    /** Upload paths are the server's business: the user knows the file by the name it uploaded. */
    private static String shown(Job job, String message) {
        return job.spool()
                .map(dir -> message.replace(dir + dir.getFileSystem().getSeparator(), ""))
                .orElse(message);
    }

    private void finish(Job job, java.util.function.Consumer<VariantDataset> change) {
        transaction.executeWithoutResult(
                status -> datasets.findById(job.datasetId()).ifPresent(change));
    }

    private static void deleteSpool(Job job) {
        deleteSpool(job.spool());
    }

    static void deleteSpool(Optional<Path> spool) {
        spool.ifPresent(dir -> {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                log.warn("cannot delete upload folder {}: {}", dir, e.getMessage());
            }
        });
    }

    /**
     * An ingest that was running when the server stopped did not commit anything to the store; say so rather than
     * leave it INGESTING forever. Runs before the application runners (the demo) can register new ones.
     */
    @EventListener(ApplicationStartedEvent.class)
    void failInterrupted() {
        transaction.executeWithoutResult(status -> datasets.findByStatusIn(
                        List.of(DatasetStatus.REGISTERED, DatasetStatus.INGESTING))
                .forEach(d -> d.failed(
                        "the server stopped before this ingest finished; register the files again", clock.instant())));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Writes records and bytes read to the dataset's row, at most four times a second. */
    private final class Progress implements IngestListener {

        private final long datasetId;
        private long recordsBefore;
        private long bytesBefore;
        private long lastWrite;

        Progress(long datasetId) {
            this.datasetId = datasetId;
        }

        @Override
        public void progress(Path file, long compressedBytesRead, long records) {
            long now = System.nanoTime();
            if (now - lastWrite >= PROGRESS_EVERY_NANOS) {
                lastWrite = now;
                write(recordsBefore + records, bytesBefore + compressedBytesRead);
            }
        }

        @Override
        public void fileFinished(Path file, long records) {
            recordsBefore += records;
            try {
                bytesBefore += Files.size(file);
            } catch (IOException e) {
                // the size only feeds the progress bar
            }
            write(recordsBefore, bytesBefore);
        }

        private void write(long records, long bytes) {
            transaction.executeWithoutResult(status -> datasets.progress(datasetId, records, bytes));
        }
    }
}
