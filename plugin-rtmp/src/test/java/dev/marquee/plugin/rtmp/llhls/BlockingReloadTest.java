package dev.marquee.plugin.rtmp.llhls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.plugin.rtmp.cmaf.CmafInit;
import dev.marquee.plugin.rtmp.cmaf.CmafListener;
import dev.marquee.plugin.rtmp.cmaf.CmafPackager;
import dev.marquee.plugin.rtmp.cmaf.CmafPart;
import dev.marquee.plugin.rtmp.cmaf.CmafSegment;
import dev.marquee.plugin.rtmp.cmaf.CmafSegmentStart;
import dev.marquee.plugin.rtmp.cmaf.CmafSettings;
import dev.marquee.plugin.rtmp.cmaf.SyntheticStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Blocking playlist reloads against a stream fed in real time (25 fps), with real waits. */
class BlockingReloadTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
    private final LlHlsWindow window = new LlHlsWindow("abc", CmafSettings.defaults(), 6, scheduler);
    private final Map<String, Long> published = new ConcurrentHashMap<>();
    private final CmafPackager packager = new CmafPackager("test", CmafSettings.defaults(), System::currentTimeMillis,
            new CmafListener() {
                @Override
                public void init(CmafInit init) {
                    window.init(init);
                }

                @Override
                public void part(CmafPart part, CmafSegmentStart segment) {
                    // noted before the window has it: the window wakes its waiters as it takes the part
                    published.put(part.sequence() + "." + part.index(), System.nanoTime());
                    window.part(part, segment);
                }

                @Override
                public void segment(CmafSegment segment) {
                    window.segment(segment);
                }

                @Override
                public void end() {
                    window.end();
                }
            });

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        publisher.shutdownNow();
    }

    /** Plays synthetic frames at their pace from {@code fromMillis} on one thread, as a publisher would. */
    private void playInRealTime(int fromMillis, int toMillis) {
        SyntheticStream stream = new SyntheticStream(packager);
        for (int t = fromMillis; t < toMillis; t += 40) {
            int at = t;
            publisher.schedule(() -> stream.play(at, at + 40, 40, 2_000), t - fromMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Test
    void aBlockingReloadIsAnsweredAsSoonAsThePartExists() throws Exception {
        new SyntheticStream(packager).headers().play(0, 2_600, 40, 2_000);
        long[] next = window.snapshot().next();
        assertThat(window.snapshot().reached(next[0], (int) next[1])).isFalse();
        CountDownLatch woken = new CountDownLatch(1);
        long[] wokenAt = new long[1];

        window.await(s -> s.reached(next[0], (int) next[1]), 9_000, () -> {
            wokenAt[0] = System.nanoTime();
            woken.countDown();
        });
        playInRealTime(2_600, 4_000);

        assertThat(woken.await(5, TimeUnit.SECONDS)).isTrue();
        long partAt = published.get(next[0] + "." + next[1]);
        long lateMillis = TimeUnit.NANOSECONDS.toMillis(wokenAt[0] - partAt);
        assertThat(lateMillis).as("answered within one part duration of the part's arrival").isBetween(0L, 250L);
        assertThat(window.waiting()).isZero();
    }

    @Test
    void theHintedPartIsWaitedForAndAPartThatWillNotComeEndsTheWait() throws Exception {
        new SyntheticStream(packager).headers().play(0, 1_920, 40, 2_000);
        long[] next = window.snapshot().next(); // segment 0, part 7: the segment ends at 2 s with part 7
        CountDownLatch hinted = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        window.await(s -> s.part(next[0], (int) next[1]).isPresent(), 9_000, hinted::countDown);
        window.await(s -> s.part(0, 9).isPresent() || !s.mayProduce(0, 9), 9_000, never::countDown);

        playInRealTime(1_920, 2_720);

        assertThat(hinted.await(3, TimeUnit.SECONDS)).isTrue();
        assertThat(never.await(3, TimeUnit.SECONDS)).as("segment 0 ended before part 9").isTrue();
        assertThat(window.snapshot().part(0, 9)).isEmpty();
    }

    @Test
    void aWaitIsBounded() throws Exception {
        new SyntheticStream(packager).headers().play(0, 600, 40, 2_000);
        CountDownLatch woken = new CountDownLatch(1);
        long start = System.nanoTime();

        window.await(s -> s.reached(5, 0), 300, woken::countDown);

        assertThat(woken.await(3, TimeUnit.SECONDS)).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(280L, 1_000L);
        assertThat(window.snapshot().reached(5, 0)).isFalse();
    }
}
