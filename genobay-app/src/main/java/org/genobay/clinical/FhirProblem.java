package org.genobay.clinical;

/** What is wrong in an imported bundle: where (a FHIRPath-like location such as Bundle.entry[2].resource.code), and why. */
public record FhirProblem(String location, String message) {}
