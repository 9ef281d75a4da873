package dev.marquee.platform.application.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;

/** The operator's recording settings ({@code marquee.recordings.*}, docs/operations.md). */
@ApplicationScoped
public class RecordingConfig {

    @Inject
    @ConfigProperty(name = "marquee.recordings.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "marquee.recordings.store", defaultValue = "directory")
    String store;

    @Inject
    @ConfigProperty(name = "marquee.recordings.dir", defaultValue = "./data/recordings")
    String dir;

    /** Megabytes all recordings may hold together; 0: no limit. */
    @Inject
    @ConfigProperty(name = "marquee.recordings.quota-mb", defaultValue = "0")
    long quotaMb;

    /** Megabytes of segments one recording may have waiting for the store before it is given up. */
    @Inject
    @ConfigProperty(name = "marquee.recordings.queue-mb", defaultValue = "64")
    long queueMb;

    @Inject
    @ConfigProperty(name = "marquee.recordings.playback-ttl", defaultValue = "PT12H")
    Duration playbackTtl;

    public boolean enabled() {
        return enabled;
    }

    public String store() {
        return store.trim();
    }

    public Path dir() {
        return Path.of(dir);
    }

    /** The quota in bytes; 0: no limit. */
    public long quotaBytes() {
        return Math.max(0, quotaMb) * 1024 * 1024;
    }

    public long queueBytes() {
        return Math.max(1, queueMb) * 1024 * 1024;
    }

    public Duration playbackTtl() {
        return playbackTtl;
    }
}
