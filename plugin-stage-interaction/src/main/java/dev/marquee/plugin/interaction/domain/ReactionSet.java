package dev.marquee.plugin.interaction.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The rule for a stage's reaction set: 1 to 12 emoji, each one grapheme (an emoji with its modifiers,
 * variation selectors and joiners counts as one), no letters, digits, spaces or duplicates.
 */
public final class ReactionSet {

    public static final int MAX = 12;

    private ReactionSet() {
    }

    /** Why the set is not valid, or empty when it is. */
    public static Optional<String> problem(List<String> set) {
        if (set == null || set.isEmpty() || set.size() > MAX) {
            return Optional.of("A reaction set has 1 to " + MAX + " emoji");
        }
        if (new LinkedHashSet<>(set).size() != set.size()) {
            return Optional.of("A reaction set names each emoji once");
        }
        List<String> bad = new ArrayList<>();
        for (String emoji : set) {
            if (!oneEmoji(emoji)) {
                bad.add(emoji == null ? "null" : emoji);
            }
        }
        return bad.isEmpty() ? Optional.empty() : Optional.of("Not one emoji each: " + String.join(" ", bad));
    }

    /** Whether {@code s} is a single grapheme that is not a letter, digit, space or control character. */
    static boolean oneEmoji(String s) {
        if (s == null || s.isEmpty() || s.length() > 32 || !s.matches("\\X")) {
            return false;
        }
        int first = s.codePointAt(0);
        return !Character.isLetterOrDigit(first) && !Character.isWhitespace(first) && !Character.isISOControl(first)
                && first > 0x7F;
    }
}
