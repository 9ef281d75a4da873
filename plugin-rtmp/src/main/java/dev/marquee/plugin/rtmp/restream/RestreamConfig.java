package dev.marquee.plugin.rtmp.restream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Restream settings ({@code marquee.rtmp.restream.*}, docs/operations.md), read once. */
@ApplicationScoped
public class RestreamConfig {

    @Inject
    @ConfigProperty(name = "marquee.rtmp.restream.max-targets", defaultValue = "5")
    int maxTargets;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.restream.queue-bytes", defaultValue = "4194304")
    long queueBytes;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.restream.connect-timeout", defaultValue = "PT10S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.restream.backoff-first", defaultValue = "PT1S")
    Duration backoffFirst;

    @Inject
    @ConfigProperty(name = "marquee.rtmp.restream.backoff-max", defaultValue = "PT30S")
    Duration backoffMax;

    /** Targets one stage may have. */
    public int maxTargets() {
        return maxTargets;
    }

    public PushSettings pushSettings() {
        return new PushSettings(queueBytes, connectTimeout, backoffFirst, backoffMax);
    }
}
