package dev.marquee.plugin.rtmp.server;

import dev.marquee.platform.spi.audience.Admission;
import dev.marquee.platform.spi.audience.Viewing;
import dev.marquee.plugin.rtmp.RtmpConfig;
import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.cluster.ClusterStreams;
import dev.marquee.plugin.rtmp.cluster.OriginRegistry;
import dev.marquee.plugin.rtmp.key.StreamKeys;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.LiveStreams;
import dev.marquee.plugin.rtmp.media.Publisher;
import dev.marquee.plugin.rtmp.metrics.PlayerProtocol;
import dev.marquee.plugin.rtmp.metrics.RtmpMetrics;
import dev.marquee.plugin.rtmp.playback.PlaybackSigner;
import dev.marquee.plugin.rtmp.playback.PlaybackViewings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SessionContext} without CDI for session tests: one stream key ({@link #KEY}, stage {@link
 * #STAGE}), one stage already on air ({@link #LIVE_STAGE}) that a play with {@link #TOKEN} may watch,
 * no data grid, blocking work run inline, and metrics that count what they are told.
 */
final class TestContext {

    static final String KEY = "test-stream-key";
    static final long STAGE = 1;
    static final long LIVE_STAGE = 2;
    static final String TOKEN = "test-token";
    static final String PLAY_NAME = "stage-" + LIVE_STAGE + "?token=" + TOKEN;

    /** Small budgets and short deadlines, as the tests set them. */
    static final ConnectionLimits LIMITS = new ConnectionLimits(100, 10, 5, Duration.ofSeconds(10),
            Duration.ofSeconds(30), 65_536, 8 * 1024 * 1024, 65_536, 10 * 1024 * 1024);

    final LiveStreams streams = new LiveStreams(Clock.systemUTC(), 4 * 1024 * 1024, s -> { }, s -> { });
    final CountingMetrics metrics = new CountingMetrics();
    final Viewings viewings = new Viewings();
    final SessionContext context;

    TestContext() {
        this(LIMITS);
    }

    TestContext(ConnectionLimits limits) {
        try {
            streams.start(LIVE_STAGE, new Publisher() {
                @Override
                public String remote() {
                    return "elsewhere";
                }

                @Override
                public void disconnect(String reason) {
                }
            });
        } catch (LiveStreams.AlreadyLive e) {
            throw new IllegalStateException(e);
        }
        context = new SessionContext(new Config(), limits, new Hub(streams), new Keys(), new Signer(), metrics,
                new Cluster(), Runnable::run, viewings);
    }

    Optional<LiveStream> published() {
        return streams.find(STAGE);
    }

    /** Counts refusals and drops by reason; every other metric is ignored. */
    static final class CountingMetrics extends RtmpMetrics {

        final Map<ConnectionDrop, Integer> dropped = new EnumMap<>(ConnectionDrop.class);
        final Map<Refusal, Integer> publishersRefused = new EnumMap<>(Refusal.class);

        @Override
        public void connectionDropped(ConnectionDrop reason) {
            dropped.merge(reason, 1, Integer::sum);
        }

        @Override
        public void connectionRefused(ConnectionRefusal reason) {
        }

        @Override
        public void publisherRefused(Refusal reason) {
            publishersRefused.merge(reason, 1, Integer::sum);
        }

        @Override
        public void playerJoined(PlayerProtocol protocol) {
        }

        @Override
        public void playerLeft(PlayerProtocol protocol) {
        }

        @Override
        public void sent(PlayerProtocol protocol, long bytes) {
        }

        @Override
        public void viewerDropped(PlayerProtocol protocol) {
        }
    }

    private static final class Config extends RtmpConfig {
        @Override
        public long viewerQueueBytes() {
            return 1024 * 1024;
        }
    }

    private static final class Hub extends StreamHub {
        private final LiveStreams streams;

        Hub(LiveStreams streams) {
            this.streams = streams;
        }

        @Override
        public LiveStreams streams() {
            return streams;
        }

        @Override
        public boolean viewerJoined(long stageId) {
            return true;
        }

        @Override
        public void viewerLeft(long stageId) {
        }
    }

    private static final class Keys extends StreamKeys {
        @Override
        public Optional<Long> stageFor(String streamKey) {
            return KEY.equals(streamKey) ? Optional.of(STAGE) : Optional.empty();
        }
    }

    private static final class Signer extends PlaybackSigner {
        @Override
        public boolean valid(long stageId, String token, Instant now) {
            return stageId == LIVE_STAGE && TOKEN.equals(token);
        }
    }

    /** Core's ledger as the players see it: admits every play and counts what stays open. */
    static final class Viewings extends PlaybackViewings {
        final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public boolean ended(long stageId, String token) {
            return false;
        }

        @Override
        public Admission connection(long stageId, String token, String protocol, String userAgent, Runnable end) {
            open.incrementAndGet();
            java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
            return Admission.admitted(new Viewing() {
                @Override
                public String id() {
                    return "test";
                }

                @Override
                public void bytes(long count) {
                }

                @Override
                public void close() {
                    if (closed.compareAndSet(false, true)) {
                        open.decrementAndGet();
                    }
                }
            });
        }
    }

    private static final class Cluster extends ClusterStreams {
        @Override
        public OriginRegistry.Claim claimOrigin(long stageId) {
            return OriginRegistry.Claim.CLAIMED;
        }

        @Override
        public void originStopped(long stageId) {
        }
    }
}
