package dev.marquee.plugin.rtmp.abr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Adaptive-bitrate settings ({@code marquee.rtmp.abr.*}, docs/abr.md), read once. */
@ApplicationScoped
public class TranscodeConfig {

    @Inject
    @ConfigProperty(name = "marquee.rtmp.abr.ffmpeg", defaultValue = "ffmpeg")
    String ffmpeg;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.abr.max-renditions", defaultValue = "4")
    int maxRenditions;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.abr.source-queue-bytes", defaultValue = "8388608")
    long sourceQueueBytes;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.abr.backoff-first", defaultValue = "PT1S")
    Duration backoffFirst;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.abr.backoff-max", defaultValue = "PT30S")
    Duration backoffMax;

    /** The ffmpeg program: a name looked up on the PATH, or an absolute path. */
    public String ffmpeg() {
        return ffmpeg.strip();
    }

    /** Renditions one ladder may have. */
    public int maxRenditions() {
        return maxRenditions;
    }

    /** Bytes of the source waiting for ffmpeg's standard input before it skips to the next keyframe. */
    public long sourceQueueBytes() {
        return sourceQueueBytes;
    }

    public Duration backoffFirst() {
        return backoffFirst;
    }

    public Duration backoffMax() {
        return backoffMax;
    }
}
