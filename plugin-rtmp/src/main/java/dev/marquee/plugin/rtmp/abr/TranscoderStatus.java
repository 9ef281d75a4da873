package dev.marquee.plugin.rtmp.abr;

import java.time.Instant;

/**
 * A transcoder as organizers see it: its state, since when, how often ffmpeg was started again, the last
 * error (ffmpeg's last words, internal keys masked), and the CPU it used over the last few seconds in percent of
 * one core ({@code -1} before the first measurement).
 */
public record TranscoderStatus(State state, Instant since, int restarts, String lastError, double cpuPercent) {

    public enum State { IDLE, STARTING, RUNNING, RETRYING, STOPPED }

    public static TranscoderStatus idle() {
        return new TranscoderStatus(State.IDLE, null, 0, null, -1);
    }
}
