package org.genobay.biobank;

import java.security.SecureRandom;

/**
 * Random identifiers for participants (study IDs) and specimens (tube codes). Random, not sequential, so that an ID
 * says nothing about when or where someone enrolled; Crockford's alphabet, so that they survive being read aloud.
 */
final class Codes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {}

    static String next(String prefix) {
        StringBuilder code = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
