package dev.marquee.plugin.chat.group;

import dev.marquee.platform.spi.web.Problem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The shape rules of a new group: its optional name, and the people picked (besides its creator). */
public final class GroupRules {

    /** Longest group name, in characters. */
    public static final int MAX_NAME = 60;

    private GroupRules() {
    }

    /**
     * The name as plain text: control and bidirectional-override characters removed, whitespace collapsed,
     * cut to {@value #MAX_NAME} characters; null when nothing is left.
     */
    public static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String name = raw.replaceAll("[\\p{Cntrl}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]", " ")
                .replaceAll("\\s+", " ").strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME)).strip();
        }
        return name.isEmpty() ? null : name;
    }

    /**
     * The people to add besides the creator, each once, in the order picked; refused when nobody else is
     * picked or the group would have more than {@code maxMembers} people.
     */
    public static List<String> picked(List<String> ids, String creator, int maxMembers) {
        Set<String> others = new LinkedHashSet<>();
        if (ids != null) {
            for (String id : ids) {
                if (id != null && !id.isBlank() && !id.equals(creator)) {
                    others.add(id.strip());
                }
            }
        }
        if (others.isEmpty()) {
            throw Problem.invalid("Pick at least one other person of the event");
        }
        if (others.size() + 1 > maxMembers) {
            throw Problem.invalid("A group chat has at most " + maxMembers + " people, you included");
        }
        return List.copyOf(others);
    }
}
