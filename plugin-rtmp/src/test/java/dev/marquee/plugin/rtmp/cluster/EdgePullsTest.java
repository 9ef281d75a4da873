package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.LiveStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class EdgePullsTest {

    private static final long STAGE = 9;
    private final LiveStreams streams = new LiveStreams(Clock.systemUTC(), 1_000_000, s -> { }, s -> { });
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger viewers = new AtomicInteger();
    private FakeOrigin origin;

    @AfterEach
    void stop() {
        if (origin != null) {
            origin.close();
        }
    }

    private EdgePulls pulls(Optional<URI> source, Duration grace) {
        return new EdgePulls(streams, stage -> {
            lookups.incrementAndGet();
            return source;
        }, stage -> "edge", HttpClient.newHttpClient(), Thread::new, stage -> viewers.get(), Clock.systemUTC(),
                Duration.ofSeconds(5), grace);
    }

    private FakeOrigin liveOrigin() throws Exception {
        FakeOrigin o = new FakeOrigin();
        o.stream = new LiveStream(STAGE, new EdgePullerTest.Encoder(), Instant.now(), 1_000_000);
        return o;
    }

    @Test
    void viewersAskingTogetherShareOnePull() throws Exception {
        origin = liveOrigin();
        EdgePulls pulls = pulls(Optional.of(origin.uri("/live.flv")), Duration.ofSeconds(30));

        CompletableFuture<Boolean> first = pulls.demand(STAGE);
        CompletableFuture<Boolean> second = pulls.demand(STAGE);

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pulls.demand(STAGE).getNow(false)).as("live here now: answered at once").isTrue();
        assertThat(pulls.pullsStarted()).isEqualTo(1);
        assertThat(lookups).hasValue(1);
        assertThat(origin.edgeHeaders).hasSize(1);
        assertThat(pulls.relaying(STAGE)).isTrue();
        pulls.stopAll("test over");
    }

    @Test
    void aStageNoOtherInstanceHasIsNotPulled() throws Exception {
        EdgePulls pulls = pulls(Optional.empty(), Duration.ofSeconds(30));

        assertThat(pulls.demand(STAGE).get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(pulls.pullsStarted()).isZero();
        awaitNotRelaying(pulls);
    }

    @Test
    void anEdgeWithoutViewersStopsAfterTheGracePeriodAndOneWithViewersStays() throws Exception {
        origin = liveOrigin();
        EdgePulls pulls = pulls(Optional.of(origin.uri("/live.flv")), Duration.ZERO);
        assertThat(pulls.demand(STAGE).get(10, TimeUnit.SECONDS)).isTrue();

        viewers.set(1);
        Thread.sleep(5);
        pulls.sweep();
        assertThat(streams.isLive(STAGE)).isTrue();

        viewers.set(0);
        Thread.sleep(5);
        pulls.sweep();
        awaitNotRelaying(pulls);
        assertThat(streams.isLive(STAGE)).isFalse();
    }

    @Test
    void theEdgeEndsWithTheOriginsStream() throws Exception {
        origin = liveOrigin();
        EdgePulls pulls = pulls(Optional.of(origin.uri("/live.flv")), Duration.ofSeconds(30));
        assertThat(pulls.demand(STAGE).get(10, TimeUnit.SECONDS)).isTrue();

        origin.stream.end();

        awaitNotRelaying(pulls);
        assertThat(streams.isLive(STAGE)).isFalse();
    }

    private static void awaitNotRelaying(EdgePulls pulls) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pulls.relaying(STAGE) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pulls.relaying(STAGE)).isFalse();
    }
}
