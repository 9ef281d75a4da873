package dev.marquee.plugin.rtmp.coach;

import java.util.Map;

/**
 * What the encoder said of its picture in {@code onMetaData}: size and frame rate, 0 when it did not say.
 */
record Announced(int width, int height, double fps) {

    static final Announced NOTHING = new Announced(0, 0, 0);

    static Announced of(Map<String, Object> metadata) {
        return new Announced(number(metadata.get("width")), number(metadata.get("height")),
                metadata.get("framerate") instanceof Number n ? n.doubleValue() : 0);
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
