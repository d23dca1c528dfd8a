package org.genobay.biobank;

/** What is wrong in an import file: the row (1 is the first after the header), the column, and why. */
public record ImportProblem(int row, String column, String message) {}
