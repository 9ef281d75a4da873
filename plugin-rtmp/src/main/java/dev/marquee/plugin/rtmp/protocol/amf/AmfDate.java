package dev.marquee.plugin.rtmp.protocol.amf;

import java.time.Instant;

/**
 * An AMF0 Date: milliseconds since the Unix epoch (UTC) and the time-zone field, which the
 * specification says to write as 0 and to ignore on reading; it is kept for exact round trips.
 */
public record AmfDate(double epochMillis, int timeZone) {

    /** A date with time zone 0, as AMF0 writers should send it. */
    public static AmfDate of(Instant instant) {
        return new AmfDate(instant.toEpochMilli(), 0);
    }

    public Instant toInstant() {
        return Instant.ofEpochMilli((long) epochMillis);
    }
}
