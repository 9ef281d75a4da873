package dev.marquee.plugin.rtmp.cluster;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a stage's publisher is connected: the grid value of {@value OriginRegistry#MAP} for the
 * stage. Refreshed by its instance while the stream is live, with the stream's latest numbers, so
 * that every instance can show them.
 *
 * @param instance this Marquee instance's id, drawn at start (stable while a grid member id may change
 *                 after a split heals)
 * @param member the grid member the instance is now
 * @param url the instance's internal HTTP base address, e.g. {@code http://10.0.0.11:8080}
 * @param since when the stream started
 * @param bitrateKbps the stream's bitrate at the latest refresh
 * @param frameRate its frame rate at the latest refresh
 * @param resolution {@code WIDTHxHEIGHT}, or empty when the stream did not say
 */
public record Origin(String instance, UUID member, String url, Instant since, long bitrateKbps, double frameRate,
                     String resolution) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public Origin {
        Objects.requireNonNull(instance);
        Objects.requireNonNull(member);
        Objects.requireNonNull(url);
        Objects.requireNonNull(since);
        resolution = resolution == null ? "" : resolution;
    }

    /** A new origin with no numbers yet. */
    public static Origin starting(String instance, UUID member, String url, Instant since) {
        return new Origin(instance, member, url, since, 0, 0, "");
    }

    /** The same origin with the stream's current numbers and the member the instance is now. */
    public Origin refreshed(UUID nowMember, long kbps, double fps, String size) {
        return new Origin(instance, nowMember, url, since, kbps, fps, size);
    }
}
