package dev.marquee.plugin.rtmp.coach;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The encoder coach's metrics, one series per warning code (a fixed set, so no stage ids in tags):
 * gauge {@code marquee_rtmp_encoder_warnings{code}} (streams published to this instance that have the
 * warning now) and counter {@code marquee_rtmp_encoder_warnings_raised{code}} (times a stream got it).
 */
@ApplicationScoped
public class CoachMetrics {

    @Inject
    MetricRegistry registry;

    private final Map<String, AtomicInteger> active = new HashMap<>();
    private final Map<String, Counter> raised = new HashMap<>();

    /** Created with the application, so that the metrics are listed (at zero) before any stream. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean registers the metrics
    }

    @PostConstruct
    void register() {
        Metadata now = Metadata.builder().withName("marquee_rtmp_encoder_warnings")
                .withDescription("Streams published to this instance with the encoder warning now").build();
        Metadata counted = Metadata.builder().withName("marquee_rtmp_encoder_warnings_raised")
                .withDescription("Times a stream published to this instance got the encoder warning").build();
        for (String code : EncoderRules.CODES) {
            Tag tag = new Tag("code", code);
            AtomicInteger count = new AtomicInteger();
            active.put(code, count);
            registry.gauge(now, count, AtomicInteger::get, tag);
            raised.put(code, registry.counter(counted, tag));
        }
    }

    /** A stream's warnings went from {@code before} to {@code after}. */
    void changed(Collection<String> before, Collection<String> after) {
        for (String code : before) {
            if (!after.contains(code) && active.containsKey(code)) {
                active.get(code).decrementAndGet();
            }
        }
        for (String code : after) {
            if (!before.contains(code) && active.containsKey(code)) {
                active.get(code).incrementAndGet();
                raised.get(code).inc();
            }
        }
    }
}
