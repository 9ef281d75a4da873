package dev.marquee.plugin.rtmp.metrics;

/** How a player receives a stream; the {@code protocol} tag of the player metrics. */
public enum PlayerProtocol {
    HTTP_FLV("http-flv"),
    RTMP("rtmp");

    private final String tag;

    PlayerProtocol(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
