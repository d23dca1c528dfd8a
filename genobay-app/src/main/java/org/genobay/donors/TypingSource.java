package org.genobay.donors;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A new HLA typing as a lab reported it.
 *
 * @param gl the typing as a GL string, e.g. {@code A*01:01+A*02:01^B*07:02+B*08:01^DRB1*15:01+DRB1*03:01}
 * @param lab the typing laboratory
 * @param method e.g. {@code NGS}, {@code SSO}, {@code SSP}, {@code serology}
 * @param typedOn when the lab typed it
 */
public record TypingSource(String gl, Optional<String> lab, Optional<String> method, Optional<LocalDate> typedOn) {
    public TypingSource {
        lab = lab.map(String::strip).filter(v -> !v.isEmpty());
        method = method.map(String::strip).filter(v -> !v.isEmpty());
    }
}
