package org.genobay.omics;

import java.util.List;
import java.util.Optional;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.ParticipantPageSection;
import org.genobay.biobank.Participants;
import org.springframework.stereotype.Component;

/** "Genotyped samples" on the participant page: the ready datasets that hold the participant's genome sample. */
@Component
class GenotypedSamplesSection implements ParticipantPageSection {

    private final VariantDatasets datasets;

    GenotypedSamplesSection(VariantDatasets datasets) {
        this.datasets = datasets;
    }

    /** What the fragment shows: the participant's sample ID (if any) and the datasets holding it. */
    record GenotypedSamples(Optional<String> sampleId, List<VariantDatasets.DatasetView> datasets) {}

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "omics/participant-section";
    }

    @Override
    public Object model(Participants.ParticipantView participant, CurrentUser user) {
        return new GenotypedSamples(
                participant.genomeSampleId(),
                participant
                        .genomeSampleId()
                        .map(sample -> datasets.holdingSample(sample, user))
                        .orElse(List.of()));
    }
}
