package dev.marquee.plugin.rtmp.restream;

import java.time.Instant;

/**
 * A target's push as the console shows it.
 *
 * @param bitrate bits per second sent over the last seconds
 * @param lastError the latest failure in words (never anything secret), or null
 * @param since when the state began
 * @param bytesSent media bytes sent since the stage went live here
 * @param reconnects connections opened after the first since the stage went live here
 * @param droppedPackets packets skipped because the target could not keep up
 */
public record RestreamStatus(RestreamState state, long bitrate, String lastError, Instant since, long bytesSent,
                             long reconnects, long droppedPackets) {

    public static RestreamStatus idle(Instant since) {
        return new RestreamStatus(RestreamState.IDLE, 0, null, since, 0, 0, 0);
    }
}
