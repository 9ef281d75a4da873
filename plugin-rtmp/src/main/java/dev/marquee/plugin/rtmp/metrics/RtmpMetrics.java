package dev.marquee.plugin.rtmp.metrics;

import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.cluster.ClusterStreams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The RTMP plugin's metrics. Gauges: {@code marquee_rtmp_live_streams} (stages on air on this
 * instance, relayed ones included), {@code marquee_rtmp_players{protocol}},
 * {@code marquee_rtmp_edge_streams} (stages this instance relays from another one now) and
 * {@code marquee_rtmp_edge_pulls} (edge pulls started since this instance started). Counters: {@code marquee_rtmp_sent_bytes{protocol}}
 * (media payload written to players, counted per written batch, not per packet),
 * {@code marquee_rtmp_publishers_refused{reason=unknown_key|already_live}},
 * {@code marquee_rtmp_viewers_dropped{protocol}} (players that stayed behind and were cut off),
 * {@code marquee_rtmp_connections_refused{reason}} (turned away at accept, {@link ConnectionRefusal}) and
 * {@code marquee_rtmp_connections_dropped{reason}} (closed by the server later, {@link ConnectionDrop}).
 * Every method is cheap and never blocks; callable from event loops and servlet threads.
 */
@ApplicationScoped
public class RtmpMetrics {

    /** Why a publisher was turned away; the {@code reason} tag. */
    public enum Refusal {
        UNKNOWN_KEY, ALREADY_LIVE
    }

    /** Why a new connection was closed as soon as it was accepted; the {@code reason} tag. */
    public enum ConnectionRefusal {
        /** Its address (IPv4, or IPv6 /64) had {@code marquee.rtmp.max-connections-per-address} open. */
        PER_ADDRESS,
        /** {@code marquee.rtmp.max-pending-connections} had not started publishing or playing yet. */
        MAX_PENDING,
        /** {@code marquee.rtmp.max-connections} were open. */
        MAX_CONNECTIONS
    }

    /** Why the server closed a connection it had accepted; the {@code reason} tag. */
    public enum ConnectionDrop {
        /** Not publishing or playing within {@code marquee.rtmp.start-timeout}. */
        START_TIMEOUT,
        /** A publisher that sent nothing for {@code marquee.rtmp.publish-idle-timeout}. */
        PUBLISH_IDLE,
        /** Past a limit: message or chunk size, chunk streams, unfinished bytes, unread replies. */
        OVER_LIMIT,
        /** Bytes the codecs refuse. */
        PROTOCOL_ERROR
    }

    @Inject
    MetricRegistry registry;

    @Inject
    StreamHub hub;

    @Inject
    ClusterStreams cluster;

    private final Map<PlayerProtocol, AtomicInteger> players = new EnumMap<>(PlayerProtocol.class);
    private final Map<PlayerProtocol, Counter> sentBytes = new EnumMap<>(PlayerProtocol.class);
    private final Map<PlayerProtocol, Counter> dropped = new EnumMap<>(PlayerProtocol.class);
    private final Map<Refusal, Counter> refused = new EnumMap<>(Refusal.class);
    private final Map<ConnectionRefusal, Counter> connectionsRefused = new EnumMap<>(ConnectionRefusal.class);
    private final Map<ConnectionDrop, Counter> connectionsDropped = new EnumMap<>(ConnectionDrop.class);

    /** Created with the application, so that the metrics are listed (at zero) before anything happened. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean registers the metrics
    }

    @PostConstruct
    void register() {
        registry.gauge(Metadata.builder().withName("marquee_rtmp_live_streams")
                .withDescription("RTMP streams on air on this instance").build(), hub, h -> h.streams().count());
        registry.gauge(Metadata.builder().withName("marquee_rtmp_edge_streams")
                .withDescription("Stages this instance relays from the instance their publisher is connected to")
                .build(), cluster, c -> c.edges() == null ? 0 : c.edges().running());
        registry.gauge(Metadata.builder().withName("marquee_rtmp_edge_pulls")
                .withDescription("Edge pulls started since this instance started").build(),
                cluster, c -> c.edges() == null ? 0 : c.edges().pullsStarted());
        Metadata playing = Metadata.builder().withName("marquee_rtmp_players")
                .withDescription("Players connected to live streams on this instance").build();
        Metadata sent = Metadata.builder().withName("marquee_rtmp_sent_bytes")
                .withDescription("Media bytes written to players").build();
        Metadata behind = Metadata.builder().withName("marquee_rtmp_viewers_dropped")
                .withDescription("Players disconnected because they could not keep up").build();
        for (PlayerProtocol protocol : PlayerProtocol.values()) {
            Tag tag = new Tag("protocol", protocol.tag());
            AtomicInteger count = new AtomicInteger();
            players.put(protocol, count);
            registry.gauge(playing, count, AtomicInteger::get, tag);
            sentBytes.put(protocol, registry.counter(sent, tag));
            dropped.put(protocol, registry.counter(behind, tag));
        }
        Metadata refusals = Metadata.builder().withName("marquee_rtmp_publishers_refused")
                .withDescription("Publishers turned away, by reason").build();
        for (Refusal reason : Refusal.values()) {
            refused.put(reason, registry.counter(refusals, new Tag("reason", reason.name().toLowerCase())));
        }
        Metadata turnedAway = Metadata.builder().withName("marquee_rtmp_connections_refused")
                .withDescription("RTMP connections closed as soon as they were accepted, by reason").build();
        for (ConnectionRefusal reason : ConnectionRefusal.values()) {
            connectionsRefused.put(reason, registry.counter(turnedAway, new Tag("reason", reason.name().toLowerCase())));
        }
        Metadata closed = Metadata.builder().withName("marquee_rtmp_connections_dropped")
                .withDescription("RTMP connections the server closed, by reason").build();
        for (ConnectionDrop reason : ConnectionDrop.values()) {
            connectionsDropped.put(reason, registry.counter(closed, new Tag("reason", reason.name().toLowerCase())));
        }
    }

    public void playerJoined(PlayerProtocol protocol) {
        players.get(protocol).incrementAndGet();
    }

    public void playerLeft(PlayerProtocol protocol) {
        players.get(protocol).decrementAndGet();
    }

    /** Counts one written batch. */
    public void sent(PlayerProtocol protocol, long bytes) {
        sentBytes.get(protocol).inc(bytes);
    }

    public void viewerDropped(PlayerProtocol protocol) {
        dropped.get(protocol).inc();
    }

    public void publisherRefused(Refusal reason) {
        refused.get(reason).inc();
    }

    public void connectionRefused(ConnectionRefusal reason) {
        connectionsRefused.get(reason).inc();
    }

    public void connectionDropped(ConnectionDrop reason) {
        connectionsDropped.get(reason).inc();
    }
}
