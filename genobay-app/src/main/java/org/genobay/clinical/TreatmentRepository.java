package org.genobay.clinical;

interface TreatmentRepository extends ParticipantRecords<Treatment> {}
