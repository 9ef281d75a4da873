package dev.marquee.platform.spi.media;

import java.util.List;

/**
 * How to play a stage: whether it is live and the sources a player may choose from, best first.
 *
 * <p>Make it with {@link #of}: the record may gain components in a later version, which changes the
 * canonical constructor but not the factory (a new component gets a neutral default).
 *
 * @since 0.1.0
 */
public record Playback(boolean live, List<PlaybackSource> sources) {

    public Playback {
        sources = List.copyOf(sources);
    }

    /** Playback with these sources, best first; {@code live} says whether the stage is on air now. */
    public static Playback of(boolean live, List<PlaybackSource> sources) {
        return new Playback(live, sources);
    }
}
