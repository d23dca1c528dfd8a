package org.genobay.clinical;

import java.util.List;

/**
 * The outcome of a FHIR import: what it added, or, when any resource had a problem, every problem and nothing added.
 * {@code ignored} lists the entries and elements that the model has no place for.
 */
public record FhirImportReport(
        List<String> participants,
        int participantsEnrolled,
        int specimens,
        int diagnoses,
        int phenotypes,
        int observations,
        int treatments,
        int outcomes,
        List<String> ignored,
        List<FhirProblem> problems) {

    public FhirImportReport {
        participants = List.copyOf(participants);
        ignored = List.copyOf(ignored);
        problems = List.copyOf(problems);
    }

    static FhirImportReport failed(List<FhirProblem> problems) {
        return new FhirImportReport(List.of(), 0, 0, 0, 0, 0, 0, 0, List.of(), problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }

    public String summary() {
        if (!imported()) {
            return problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; nothing was imported";
        }
        return participants.size() + " participants (" + participantsEnrolled + " enrolled), " + specimens
                + " specimens, " + diagnoses + " diagnoses, " + phenotypes + " phenotypes, " + observations
                + " observations, " + treatments + " treatments, " + outcomes + " outcomes imported";
    }
}
