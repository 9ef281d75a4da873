package dev.marquee.plugin.chat.group;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a name matches what someone typed: every word typed appears in the name, ignoring case and
 * accents ("jose gar" finds "José García").
 */
public final class PeopleSearch {

    private PeopleSearch() {
    }

    public static boolean matches(String name, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = fold(name);
        for (String word : fold(query).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
