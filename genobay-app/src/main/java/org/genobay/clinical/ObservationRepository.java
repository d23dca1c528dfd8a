package org.genobay.clinical;

interface ObservationRepository extends ParticipantRecords<Observation> {}
