package dev.marquee.platform.infrastructure.cluster;

import java.util.regex.Pattern;

/**
 * Where plugins' grid structures live: a plugin's topic, map or tally {@code <name>} is core's sealed
 * structure {@value #PREFIX}{@code <name>}, so no plugin reaches a structure of core's. Names are checked
 * here, once for all three kinds.
 */
final class PluginStructures {

    /** Where plugins' structures live among the grid's. */
    static final String PREFIX = "plugin.";

    private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile(PART + "(\\." + PART + ")+");

    private PluginStructures() {
    }

    /**
     * The grid structure of the plugin's {@code name}.
     *
     * @param kind what the name is of ({@code topic}, {@code map}, ...), for the message
     * @throws IllegalArgumentException when the name is not a plugin id and dot-separated parts
     */
    static String structure(String name, String kind) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A cluster " + kind + "'s name is the plugin's id, a dot and lower-case "
                    + "letters, digits and dashes in dot-separated parts (e.g. my-plugin.signals), not " + name);
        }
        return PREFIX + name;
    }
}
