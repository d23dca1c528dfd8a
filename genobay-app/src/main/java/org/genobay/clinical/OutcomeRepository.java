package org.genobay.clinical;

interface OutcomeRepository extends ParticipantRecords<Outcome> {}
