package dev.marquee.plugin.chat.stage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SerialLanesTest {

    @Test
    void eachKeysTasksRunOneAtATimeInOrderWhileKeysRunSideBySide() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        SerialLanes lanes = new SerialLanes(pool);
        Map<Long, List<Integer>> seen = new ConcurrentHashMap<>();
        Map<Long, AtomicInteger> running = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        for (int i = 0; i < 300; i++) {
            for (long key = 1; key <= 3; key++) {
                long k = key;
                int n = i;
                lanes.run(k, () -> {
                    if (running.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    try {
                        seen.computeIfAbsent(k, x -> new CopyOnWriteArrayList<>()).add(n);
                        if (n == 7) {
                            throw new IllegalStateException("a failing task does not stop its lane");
                        }
                    } finally {
                        running.get(k).decrementAndGet();
                    }
                });
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        for (long key = 1; key <= 3; key++) {
            assertThat(seen.get(key)).containsExactlyElementsOf(IntStream.range(0, 300).boxed().toList());
        }
        assertThat(overlaps.get()).isZero();
    }
}
