package dev.marquee.plugin.weemss;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a first line is plausibly the header of a ticket export: at least two and at most 40 names,
 * each short and made of letters, digits, spaces and the punctuation column names use. Only such a
 * line is ever repeated in a message: anything else (an HTML page, JSON, a metadata listing) could be
 * a foreign server's content, which a message must not carry.
 */
final class HeaderLine {

    static final int MAX_NAMES = 40;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} _.#&+()/'%-]{0,48}");

    private HeaderLine() {
    }

    static boolean looksLikeAHeader(List<String> names) {
        return names.size() >= 2 && names.size() <= MAX_NAMES
                && names.stream().allMatch(name -> name != null && NAME.matcher(name).matches());
    }
}
