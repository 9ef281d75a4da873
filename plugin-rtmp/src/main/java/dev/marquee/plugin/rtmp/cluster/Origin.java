package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.platform.spi.cluster.ValueFormat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a stage's publisher is connected: the grid value of {@value OriginRegistry#MAP} for the
 * stage (in the explicit format {@link #CODEC}). Refreshed by its instance while the stream is live,
 * with the stream's latest numbers, so that every instance can show them.
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
                     String resolution) {

    /** The grid format: each field in turn. */
    public static final ValueFormat<Origin> CODEC = new ValueFormat<>() {
        @Override
        public void write(Origin o, DataOutputStream out) throws IOException {
            out.writeUTF(o.instance);
            out.writeLong(o.member.getMostSignificantBits());
            out.writeLong(o.member.getLeastSignificantBits());
            out.writeUTF(o.url);
            out.writeLong(o.since.getEpochSecond());
            out.writeInt(o.since.getNano());
            out.writeLong(o.bitrateKbps);
            out.writeDouble(o.frameRate);
            out.writeUTF(o.resolution);
        }

        @Override
        public Origin read(DataInputStream in) throws IOException {
            return new Origin(in.readUTF(), new UUID(in.readLong(), in.readLong()), in.readUTF(),
                    Instant.ofEpochSecond(in.readLong(), in.readInt()), in.readLong(), in.readDouble(), in.readUTF());
        }
    };

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
