package org.genobay.accounts;

import java.security.SecureRandom;

/** Generated passwords for the first administrator and demo accounts. */
public final class Passwords {

    // No 0/O, 1/l/I: these passwords are read off a terminal and typed by hand.
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    public static String generate(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
