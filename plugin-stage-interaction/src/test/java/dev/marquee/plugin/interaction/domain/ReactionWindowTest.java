package dev.marquee.plugin.interaction.domain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ReactionWindowTest {

    @Test
    void oneBurstPerStageWithTheSumsThenNothingUntilNewClicks() {
        ReactionWindow window = new ReactionWindow();
        window.add(1, "👏");
        window.add(1, "👏");
        window.add(1, "🎉");
        window.add(2, "❤️");
        Map<Long, Map<String, Integer>> bursts = new HashMap<>();
        window.drain(bursts::put);
        assertThat(bursts).isEqualTo(Map.of(1L, Map.of("👏", 2, "🎉", 1), 2L, Map.of("❤️", 1)));
        bursts.clear();
        window.drain(bursts::put);
        assertThat(bursts).isEmpty();
    }

    @Test
    void sumsFromElsewhereAddToTheClicksHereAndEmptyOnesLeaveNoBurst() {
        ReactionWindow window = new ReactionWindow();
        window.add(1, "👏");
        window.addAll(1, Map.of("👏", 40, "🎉", 2));
        window.addAll(2, Map.of("👏", 0, "🎉", -3));
        Map<Long, Map<String, Integer>> bursts = new HashMap<>();
        window.drain(bursts::put);
        assertThat(bursts).isEqualTo(Map.of(1L, Map.of("👏", 41, "🎉", 2)));
    }

    @Test
    void everyClickCountsInExactlyOneBurstWhileDrainsRunConcurrently() throws Exception {
        ReactionWindow window = new ReactionWindow();
        int threads = 8;
        int clicks = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < clicks; i++) {
                    window.add(7, i % 2 == 0 ? "👏" : "😂");
                }
                return null;
            });
        }
        long[] total = new long[1];
        AtomicBoolean done = new AtomicBoolean();
        Thread drainer = new Thread(() -> {
            while (!done.get()) {
                window.drain((stage, sums) -> sums.values().forEach(n -> total[0] += n));
            }
        });
        drainer.start();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        done.set(true);
        drainer.join();
        window.drain((stage, sums) -> sums.values().forEach(n -> total[0] += n));
        assertThat(total[0]).isEqualTo((long) threads * clicks);
    }

    @Test
    void aSetHasOneToTwelveSingleEmoji() {
        assertThat(ReactionSet.problem(InteractionSettings.DEFAULT_SET)).isEmpty();
        assertThat(ReactionSet.problem(List.of("👍🏽", "👩‍💻", "🇩🇪"))).isEmpty();
        assertThat(ReactionSet.problem(List.of())).isPresent();
        assertThat(ReactionSet.problem(List.of("👏👏"))).isPresent();
        assertThat(ReactionSet.problem(List.of("a"))).isPresent();
        assertThat(ReactionSet.problem(List.of("👏", "👏"))).isPresent();
        assertThat(ReactionSet.problem(List.of("<b>"))).isPresent();
        assertThat(ReactionSet.problem(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13")))
                .isPresent();
    }
}
