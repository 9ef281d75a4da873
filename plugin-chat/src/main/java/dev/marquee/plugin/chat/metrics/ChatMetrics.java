package dev.marquee.plugin.chat.metrics;

import dev.marquee.plugin.chat.room.ChatRooms;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The chat's metrics on this instance. Gauge: {@code marquee_chat_connections}. Counters:
 * {@code marquee_chat_messages_accepted}, {@code marquee_chat_messages_refused{reason=rate_limited|slow_mode}}
 * and {@code marquee_chat_clients_dropped} (clients disconnected because their send queue filled).
 */
@ApplicationScoped
public class ChatMetrics {

    /** Why a message was refused; the {@code reason} tag. */
    public enum Refusal {
        RATE_LIMITED, SLOW_MODE
    }

    @Inject
    MetricRegistry registry;

    @Inject
    ChatRooms rooms;

    private Counter accepted;
    private Counter rateLimited;
    private Counter slowMode;
    private Counter dropped;

    /** Created with the application, so that the metrics are listed (at zero) before anything happened. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean registers the metrics
    }

    @PostConstruct
    void register() {
        registry.gauge(Metadata.builder().withName("marquee_chat_connections")
                .withDescription("Open chat connections on this instance").build(), rooms, ChatRooms::connectionCount);
        accepted = registry.counter(Metadata.builder().withName("marquee_chat_messages_accepted")
                .withDescription("Chat messages accepted and sent to their room").build());
        Metadata refused = Metadata.builder().withName("marquee_chat_messages_refused")
                .withDescription("Chat messages refused by the rate limit or slow mode").build();
        rateLimited = registry.counter(refused, new Tag("reason", "rate_limited"));
        slowMode = registry.counter(refused, new Tag("reason", "slow_mode"));
        dropped = registry.counter(Metadata.builder().withName("marquee_chat_clients_dropped")
                .withDescription("Chat clients disconnected because they read too slowly (send queue full)").build());
    }

    public void accepted() {
        accepted.inc();
    }

    public void refused(Refusal reason) {
        (reason == Refusal.RATE_LIMITED ? rateLimited : slowMode).inc();
    }

    public void clientDropped() {
        dropped.inc();
    }
}
