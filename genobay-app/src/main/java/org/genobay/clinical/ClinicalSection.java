package org.genobay.clinical;

import java.util.List;
import org.genobay.accounts.CurrentUser;
import org.genobay.biobank.ParticipantPageSection;
import org.genobay.biobank.Participants;
import org.springframework.stereotype.Component;

/** The participant page's clinical part: diagnoses, phenotypes, observations, treatments and outcome, with forms. */
@Component
class ClinicalSection implements ParticipantPageSection {

    private final ClinicalRecords records;

    ClinicalSection(ClinicalRecords records) {
        this.records = records;
    }

    /** What the fragment draws. */
    record Data(ClinicalView clinical, boolean editable, List<TreatmentKind> kinds, List<VitalStatus> statuses) {}

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "clinical/participant-section";
    }

    @Override
    public Object model(Participants.ParticipantView participant, CurrentUser user) {
        return new Data(
                records.view(participant.studyId(), user),
                ClinicalRoles.canWrite(user),
                List.of(TreatmentKind.values()),
                List.of(VitalStatus.values()));
    }
}
