package dev.marquee.plugin.interaction.live;

import dev.marquee.plugin.interaction.store.PollStore;
import dev.marquee.plugin.interaction.store.PollStore.Outcome;
import dev.marquee.plugin.interaction.store.PollVote;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Votes on their way to the database, written together: one writer at a time takes every vote waiting
 * (up to {@value #MAX_BATCH}) and stores them in one transaction ({@link PollStore#voteAll}), so while
 * one batch commits the next gathers. A vote alone is written at once; 5,000 people voting within seconds
 * cost a handful of commits instead of 5,000. At most {@value #MAX_WAITING} votes wait; past that a vote
 * is refused ({@code busy}) rather than queued without bound. Thread-safe.
 */
@ApplicationScoped
public class BallotBox {

    static final int MAX_BATCH = 500;
    static final int MAX_WAITING = 20_000;
    private static final Logger LOG = Logger.getLogger(BallotBox.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    PollStore polls;

    private record Waiting(long pollId, PollVote vote, CompletableFuture<Outcome> outcome) {
    }

    private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private Executor writer;

    public BallotBox() {
    }

    /** On a given executor and store (tests). */
    BallotBox(Executor writer, PollStore polls) {
        this.writer = writer;
        this.polls = polls;
    }

    /** Queues the vote; the answer is what the database made of it. A {@link Refusal} when too many wait. */
    public CompletionStage<Outcome> cast(long pollId, PollVote vote) {
        if (count.incrementAndGet() > MAX_WAITING) {
            count.decrementAndGet();
            throw new Refusal("busy", "Too many votes at once: send yours again in a moment");
        }
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        waiting.add(new Waiting(pollId, vote, outcome));
        startWriting();
        return outcome;
    }

    private void startWriting() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        try {
            (writer != null ? writer : executor).execute(this::writeAll);
        } catch (RejectedExecutionException e) {
            writing.set(false);
            LOG.log(Level.WARNING, "Votes could not be handed to a thread; they are refused", e);
            fail(take(Integer.MAX_VALUE), e);
        }
    }

    private void writeAll() {
        try {
            for (List<Waiting> batch = take(MAX_BATCH); !batch.isEmpty(); batch = take(MAX_BATCH)) {
                write(batch);
            }
        } finally {
            writing.set(false);
        }
        if (!waiting.isEmpty()) {
            startWriting();
        }
    }

    private void write(List<Waiting> batch) {
        Map<Long, List<Waiting>> byPoll = new LinkedHashMap<>();
        batch.forEach(w -> byPoll.computeIfAbsent(w.pollId(), id -> new ArrayList<>()).add(w));
        byPoll.forEach((pollId, votes) -> {
            try {
                List<Outcome> outcomes = polls.voteAll(pollId, votes.stream().map(Waiting::vote).toList());
                for (int i = 0; i < votes.size(); i++) {
                    votes.get(i).outcome().complete(outcomes.get(i));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not store " + votes.size() + " votes of poll " + pollId, e);
                fail(votes, e);
            }
        });
    }

    private List<Waiting> take(int most) {
        List<Waiting> out = new ArrayList<>();
        while (out.size() < most) {
            Waiting w = waiting.poll();
            if (w == null) {
                break;
            }
            out.add(w);
        }
        count.addAndGet(-out.size());
        return out;
    }

    private static void fail(List<Waiting> votes, Throwable e) {
        votes.forEach(w -> w.outcome().completeExceptionally(e));
    }
}
