package dev.marquee.platform.application.attendee;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * What access codes look like: 15 characters from an alphabet without look-alikes (no 0/O, 1/I/L,
 * U/V), grouped in threes of five for reading aloud ({@code K7QXM-4HTRB-9CWPE}): 15 × log2(29) ≈ 72 bits.
 * People may type them in any case, with or without dashes and spaces.
 */
public final class AccessCodeFormat {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    static final int LENGTH = 15;
    static final int GROUP = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCodeFormat() {
    }

    /** A new random code, grouped for reading. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The canonical form of what someone typed: upper case, separators removed; null if it cannot be a code. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (compact.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < compact.length(); i++) {
            if (ALPHABET.indexOf(compact.charAt(i)) < 0) {
                return null;
            }
        }
        return compact;
    }

    /** Bits of randomness in a code. */
    static double entropyBits() {
        return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
    }
}
