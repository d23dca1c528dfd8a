package org.genobay.sharing;

import java.time.Instant;

/** A project of an institution under which datasets are shared. */
public record ProjectView(long id, String name, String description, Owner owner, Instant createdAt) {}
