package org.genobay.cli.variants;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.genobay.cli.SampleListException;
import org.genobay.variants.CaseControlCounts;
import org.genobay.variants.Cohort;
import org.genobay.variants.Dataset;
import org.genobay.variants.Region;
import org.genobay.variants.VariantStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code genobay variants case-control}: allelic 2×2 tables with odds ratio and Fisher's exact p. */
@Command(
        name = "case-control",
        description = "Allelic 2x2 table of cases against controls (alternate vs other called alleles), odds ratio"
                + " and Fisher's exact two-sided p, for one variant or every variant in a region.")
final class CaseControlCommand implements Callable<Integer> {
    static final List<Column<CaseControlCounts>> COLUMNS = List.of(
            Column.of("chrom", r -> r.variant().chrom()),
            Column.of("pos", r -> r.variant().pos()),
            Column.jsonOnly("id", r -> r.variant().id()),
            Column.of("ref", r -> r.variant().ref()),
            Column.of("alt", r -> r.variant().alt()),
            Column.of("case_alt", CaseControlCounts::caseAlt),
            Column.of("case_ref", CaseControlCounts::caseRef),
            Column.of("control_alt", CaseControlCounts::controlAlt),
            Column.of("control_ref", CaseControlCounts::controlRef),
            Column.of("odds_ratio", CaseControlCounts::oddsRatio),
            Column.of("fisher_p", CaseControlCounts::fisherP));

    /** Exactly one of {@code --region} and {@code --variant}. */
    static final class Where {
        @Option(names = "--region", paramLabel = "REGION", description = "Every variant in CHROM:START-END.")
        Optional<String> region = Optional.empty();

        @Option(names = "--variant", paramLabel = "KEY", description = "One variant: CHROM-POS-REF-ALT or an ID.")
        Optional<String> variant = Optional.empty();
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions dataset;

    @Option(names = "--cases", required = true, paramLabel = "FILE", description = "Sample list of the cases.")
    Path casesFile;

    @Option(names = "--controls", required = true, paramLabel = "FILE", description = "Sample list of the controls.")
    Path controlsFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Optional<Region> region = where.region.map(Region::parse);
        SampleList caseList = SampleList.read(casesFile);
        SampleList controlList = SampleList.read(controlsFile);
        requireDisjoint(caseList, controlList);
        try (VariantStore store = dataset.store.openExisting()) {
            Dataset data = store.dataset(dataset.name);
            Cohort cases = caseList.cohortIn(data);
            Cohort controls = controlList.cohortIn(data);
            RowWriter<CaseControlCounts> rows = format.open(spec.commandLine().getOut(), COLUMNS);
            if (region.isPresent()) {
                data.forEachInRegion(
                        region.get(), cases, c -> rows.write(data.caseControl(c.variant(), cases, controls)));
            } else {
                VariantOption.find(data, where.variant.orElseThrow())
                        .forEach(v -> rows.write(data.caseControl(v, cases, controls)));
            }
            rows.finish();
        }
        return 0;
    }

    private static void requireDisjoint(SampleList cases, SampleList controls) {
        Set<String> caseIds = new HashSet<>();
        cases.entries().forEach(e -> caseIds.add(e.sampleId()));
        for (SampleList.Entry control : controls.entries()) {
            if (caseIds.contains(control.sampleId())) {
                throw new SampleListException(
                        controls.file(),
                        control.line(),
                        "sample '" + control.sampleId() + "' is also a case in " + cases.file());
            }
        }
    }
}
