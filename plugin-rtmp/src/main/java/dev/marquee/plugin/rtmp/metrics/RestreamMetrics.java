package dev.marquee.plugin.rtmp.metrics;

import dev.marquee.plugin.rtmp.restream.PushMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Restream metrics, per target ({@code target} tag: the restream's id): counters
 * {@code marquee_rtmp_restream_sent_bytes} (media bytes written to the target),
 * {@code marquee_rtmp_restream_reconnects} (connections opened after the first, per live stream) and
 * {@code marquee_rtmp_restream_dropped_packets} (skipped to the next keyframe because the target fell behind).
 * Cheap and non-blocking: counters are looked up once per push.
 */
@ApplicationScoped
public class RestreamMetrics {

    @Inject
    MetricRegistry registry;

    /** The counters of one target, created on first use. */
    public PushMeter meter(long targetId) {
        Tag tag = new Tag("target", Long.toString(targetId));
        Counter sent = registry.counter(Metadata.builder().withName("marquee_rtmp_restream_sent_bytes")
                .withDescription("Media bytes pushed to a restream target").build(), tag);
        Counter reconnects = registry.counter(Metadata.builder().withName("marquee_rtmp_restream_reconnects")
                .withDescription("Reconnects of a restream target").build(), tag);
        Counter dropped = registry.counter(Metadata.builder().withName("marquee_rtmp_restream_dropped_packets")
                .withDescription("Packets a restream target skipped to catch up").build(), tag);
        return new PushMeter() {
            @Override
            public void sent(long bytes) {
                sent.inc(bytes);
            }

            @Override
            public void reconnected() {
                reconnects.inc();
            }

            @Override
            public void dropped(long packets) {
                dropped.inc(packets);
            }
        };
    }
}
