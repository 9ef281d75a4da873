package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.protocol.TestBytes;
import dev.marquee.plugin.rtmp.protocol.TrackingAllocator;
import dev.marquee.plugin.rtmp.protocol.chunk.ChunkDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed, truncated and hostile client sessions ({@link FuzzSessions}) fed in random pieces, with
 * random pauses, into a server connection's whole pipeline (deadlines, codecs, session with a test
 * context behind it). For every session: no exception escapes the pipeline, the unfinished-message
 * budget holds after every read, and once the deadlines have passed the connection is closed unless it
 * is a player of a live stage; once closed, every buffer it allocated and every input buffer is
 * released and its place in the limiter is given back. Nothing may be logged at WARNING (an error the
 * session did not expect from a peer) and leak detection is PARANOID.
 *
 * <p>Runs for {@code -Drtmp.fuzz.seconds} (20 by default) from the seed {@code -Drtmp.fuzz.seed} (random,
 * printed); a failure names the seed of the session that failed, which {@code -Drtmp.fuzz.session}
 * replays alone.
 */
class RtmpSessionFuzzTest {

    private static final long SECONDS = Long.getLong("rtmp.fuzz.seconds", 20);
    private static final long SEED = Long.getLong("rtmp.fuzz.seed", new Random().nextLong());
    private static final Long ONE_SESSION = Long.getLong("rtmp.fuzz.session");

    private static final List<String> warnings = new ArrayList<>();
    /** What the sessions came to: drop reasons, and "live" and "playing" for those that got that far. */
    private static final Map<String, Integer> outcomes = new TreeMap<>();
    private static Level pluginLevel;
    private static final Logger[] watched = {Logger.getLogger("dev.marquee.plugin.rtmp"), Logger.getLogger("io.netty")};
    private static final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(record.getLoggerName() + ": " + record.getMessage()
                            + (record.getThrown() != null ? " " + record.getThrown() : ""));
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void watch() {
        TestBytes.paranoidLeakDetection();
        for (Logger logger : watched) {
            logger.addHandler(capture);
        }
        pluginLevel = watched[0].getLevel();
        watched[0].setLevel(Level.WARNING); // thousands of refused publishers are logged at INFO
    }

    @AfterAll
    static void unwatch() {
        watched[0].setLevel(pluginLevel);
        for (Logger logger : watched) {
            logger.removeHandler(capture);
        }
    }

    @Test
    void hostileSessionsNeverEscapeLeakOrLinger() {
        if (ONE_SESSION != null) {
            session(ONE_SESSION);
            assertThat(warnings).isEmpty();
            return;
        }
        System.out.println("RTMP fuzz: seed " + SEED + " for " + SECONDS + " s (replay with -Drtmp.fuzz.seed=" + SEED + ")");
        Random random = new Random(SEED);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        int sessions = 0;
        while (System.nanoTime() < end) {
            long seed = random.nextLong();
            try {
                session(seed);
            } catch (Throwable t) {
                throw new AssertionError("RTMP fuzz session " + sessions + " failed: replay with -Drtmp.fuzz.session="
                        + seed + " (run seed " + SEED + ")", t);
            }
            assertThat(warnings).as("logged while fuzzing; replay with -Drtmp.fuzz.session=" + seed).isEmpty();
            sessions++;
        }
        System.out.println("RTMP fuzz: " + sessions + " sessions, outcomes " + outcomes);
        assertThat(sessions).isPositive();
        if (sessions >= 500) { // the generator reaches every outcome, so none of them is tested by accident only
            assertThat(outcomes).containsKeys("live", "playing", "START_TIMEOUT", "PUBLISH_IDLE", "OVER_LIMIT",
                    "PROTOCOL_ERROR");
        }
    }

    private static void session(long seed) {
        Random random = new Random(seed);
        TestContext test = new TestContext();
        ConnectionLimiter limiter = new ConnectionLimiter(TestContext.LIMITS);
        TrackingAllocator allocator = new TrackingAllocator();
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.freezeTime();
        channel.config().setAllocator(allocator);
        ConnectionLimiter.Admission admission = limiter.admit(channel.remoteAddress());
        channel.closeFuture().addListener(f -> admission.ticket().release());
        RtmpSession.install(channel.pipeline(), test.context, admission.ticket());
        ChunkDecoder decoder = channel.pipeline().get(ChunkDecoder.class);

        FuzzSessions.Kind kind = FuzzSessions.Kind.values()[random.nextInt(FuzzSessions.Kind.values().length)];
        byte[] input = FuzzSessions.concat(FuzzSessions.mutate(random, FuzzSessions.valid(random, kind)));
        List<ByteBuf> fed = new ArrayList<>();
        boolean live = false;
        for (int at = 0; at < input.length && channel.isOpen(); ) {
            int piece = Math.min(input.length - at, random.nextInt(4) == 0 ? 1 + random.nextInt(16) : 1 + random.nextInt(70_000));
            ByteBuf buf = Unpooled.wrappedBuffer(input, at, piece);
            fed.add(buf);
            channel.writeInbound(buf);
            at += piece;
            if (random.nextInt(8) == 0) {
                channel.advanceTimeBy(random.nextInt(12_000), TimeUnit.MILLISECONDS);
            }
            channel.runPendingTasks();
            assertThat(decoder.unfinishedBytes()).isLessThanOrEqualTo(decoder.maxUnfinishedBytes());
            live |= test.published().isPresent();
        }
        if (live) {
            outcomes.merge("live", 1, Integer::sum);
        }

        ConnectionLimits limits = TestContext.LIMITS;
        channel.advanceTimeBy(limits.startTimeout().plus(limits.publishIdleTimeout()).toMillis() + 1000, TimeUnit.MILLISECONDS);
        channel.runPendingTasks();
        if (channel.isOpen()) {
            assertThat(kind).as("only a player may stay connected without sending").isEqualTo(FuzzSessions.Kind.PLAY);
            assertThat(test.streams.find(TestContext.LIVE_STAGE).orElseThrow().stats(Instant.now()).subscribers())
                    .as("and it plays").isPositive();
            outcomes.merge("playing", 1, Integer::sum);
            channel.close();
        }
        test.metrics.dropped.forEach((reason, n) -> outcomes.merge(reason.name(), n, Integer::sum));
        channel.runPendingTasks();
        channel.finishAndReleaseAll();

        assertThat(allocator.unreleased()).as("buffers the connection did not release").isEmpty();
        assertThat(fed).as("input buffers").allSatisfy(b -> assertThat(b.refCnt()).isZero());
        assertThat(limiter.open()).isZero();
        assertThat(limiter.addresses()).isZero();
        assertThat(test.streams.count()).as("the fuzzed publisher's stream ended with it").isEqualTo(1);
    }
}
