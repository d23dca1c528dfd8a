package org.genobay.biobank;

import org.genobay.accounts.CurrentUser;

/**
 * A part of the participant page that another feature draws (diagnoses and phenotypes, genotyped samples). The
 * biobank owns the page but must not depend on those features, so they plug in here: each section is a Spring bean
 * with a Thymeleaf template whose fragment {@code section(data)} receives what {@link #model} returns.
 */
public interface ParticipantPageSection {

    /** Where the section goes among the others: lower first. */
    int order();

    /** The template that holds the fragment {@code section(data)}, e.g. {@code "clinical/participant-section"}. */
    String template();

    /** What the fragment shows for this participant; called only after the user was allowed to see the participant. */
    Object model(Participants.ParticipantView participant, CurrentUser user);

    /** One section as the page template reads it. */
    record Drawn(String template, Object data) {}
}
