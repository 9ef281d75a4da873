package dev.marquee.platform.infrastructure.cluster;

import java.util.regex.Pattern;

/**
 * Where plugins' named things live: a plugin's topic, map, tally, rate limit or scheduled task
 * {@code <name>} is core's {@value #PREFIX}{@code <name>}, so no plugin reaches or stands for one of
 * core's. Names are checked here, once for all kinds.
 */
public final class PluginStructures {

    /** Where plugins' structures live among the grid's. */
    public static final String PREFIX = "plugin.";

    private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile(PART + "(\\." + PART + ")+");

    private PluginStructures() {
    }

    /**
     * The grid structure of the plugin's {@code name}.
     *
     * @param kind what the name is of ({@code cluster topic}, {@code rate limit}, ...), for the message
     * @throws IllegalArgumentException when the name is not a plugin id and dot-separated parts
     */
    public static String structure(String name, String kind) {
        if (name == null || name.length() > 100 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A plugin's " + kind + " is named with the plugin's id, a dot and "
                    + "lower-case letters, digits and dashes in dot-separated parts (e.g. my-plugin.signals; at most "
                    + "100 characters), not " + name);
        }
        return PREFIX + name;
    }
}
