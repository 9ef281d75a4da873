package dev.marquee.plugin.interaction.live;

import dev.marquee.plugin.interaction.domain.Poll;
import dev.marquee.plugin.interaction.domain.PollDraft;
import dev.marquee.plugin.interaction.store.InteractionSchema;
import dev.marquee.plugin.interaction.store.Jdbc;
import dev.marquee.plugin.interaction.store.PollStore;
import dev.marquee.plugin.interaction.store.PollStore.Outcome;
import dev.marquee.plugin.interaction.store.PollVote;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ballot box on a real H2 database: votes cast at once are written together, each answered as alone. */
class BallotBoxTest {

    private final AtomicInteger batches = new AtomicInteger();
    private PollStore polls;

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE stage (id BIGINT PRIMARY KEY)");
            s.execute("INSERT INTO stage (id) VALUES (1)");
        }
        InteractionSchema.apply(ds);
        polls = new PollStore(new Jdbc(ds)) {
            @Override
            public List<Outcome> voteAll(long pollId, List<PollVote> votes) {
                batches.incrementAndGet();
                return super.voteAll(pollId, votes);
            }
        };
    }

    @Test
    void votesWaitingTogetherAreWrittenInBatchesAndEachGetsItsOwnOutcome() throws Exception {
        Poll poll = polls.create(1, new PollDraft("Q", List.of("x", "y", "z"), false, false, true), Instant.now());
        polls.openOnly(poll);
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        BallotBox box = new BallotBox(task -> pool.execute(() -> {
            await(gate);
            task.run();
        }), polls);
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            outcomes.add(box.cast(poll.id(), new PollVote("p" + i, List.of(i % 3), Instant.now())).toCompletableFuture());
        }
        outcomes.add(box.cast(poll.id(), new PollVote("p7", List.of(0), Instant.now())).toCompletableFuture());
        gate.countDown();
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(outcomes.subList(0, 1_000)).allMatch(f -> f.join() == Outcome.COUNTED);
        assertThat(outcomes.get(1_000).join()).isEqualTo(Outcome.ALREADY_VOTED);
        assertThat(batches).hasValue(3);
        assertThat(polls.results(poll).counts()).containsExactly(334, 333, 333);
        assertThat(polls.results(poll).total()).isEqualTo(1_000);
    }

    @Test
    void votesFromManyThreadsAreAllAnsweredAndCountedOncePerPerson() throws Exception {
        Poll poll = polls.create(1, new PollDraft("Q", List.of("x", "y"), false, true, true), Instant.now());
        polls.openOnly(poll);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        ExecutorService voters = Executors.newFixedThreadPool(8);
        BallotBox box = new BallotBox(writer, polls);
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        List<CompletableFuture<Void>> casting = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            List<CompletableFuture<Outcome>> mine = new ArrayList<>();
            casting.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 500; i++) {
                    mine.add(box.cast(poll.id(), new PollVote("p" + (i % 250), List.of(thread % 2), Instant.now()))
                            .toCompletableFuture());
                }
            }, voters).thenRun(() -> {
                synchronized (outcomes) {
                    outcomes.addAll(mine);
                }
            }));
        }
        CompletableFuture.allOf(casting.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        writer.shutdown();
        voters.shutdown();

        assertThat(outcomes).hasSize(4_000);
        assertThat(outcomes.stream().filter(f -> f.join() == Outcome.COUNTED)).hasSize(250);
        assertThat(outcomes.stream().filter(f -> f.join() == Outcome.REPLACED)).hasSize(3_750);
        assertThat(polls.results(poll).total()).isEqualTo(250);
    }

    @Test
    void pastTheLimitAVoteIsRefusedNotQueued() {
        BallotBox box = new BallotBox(task -> { }, polls);
        for (int i = 0; i < BallotBox.MAX_WAITING; i++) {
            box.cast(1, new PollVote("p" + i, List.of(0), Instant.now()));
        }
        assertThatThrownBy(() -> box.cast(1, new PollVote("late", List.of(0), Instant.now())))
                .isInstanceOf(Refusal.class).extracting("error").isEqualTo("busy");
    }

    private static void await(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
