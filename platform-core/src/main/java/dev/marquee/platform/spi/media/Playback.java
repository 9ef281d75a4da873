package dev.marquee.platform.spi.media;

import java.util.List;

/** How to play a stage: whether it is live and the sources a player may choose from, best first. */
public record Playback(boolean live, List<PlaybackSource> sources) {

    public Playback {
        sources = List.copyOf(sources);
    }
}
