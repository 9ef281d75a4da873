package dev.marquee.plugin.interaction.live;

import dev.marquee.plugin.interaction.domain.Poll;
import dev.marquee.plugin.interaction.domain.PollState;
import dev.marquee.plugin.interaction.store.PollStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live poll results, pushed at most once per interval per poll (a stage has one open poll): votes only mark
 * the poll; {@link #flush}, called by the {@link Pulse}, counts each marked poll in the database and sends
 * its results to everyone (results live) or to the leaders. Counting from the database keeps the numbers
 * exact however many instances took votes. Thread-safe.
 */
@ApplicationScoped
public class ResultsPush {

    @Inject
    PollStore polls;

    @Inject
    Audience audience;

    private final Map<Long, Poll> marked = new ConcurrentHashMap<>();

    void changed(Poll poll) {
        marked.put(poll.id(), poll);
    }

    void forget(long pollId) {
        marked.remove(pollId);
    }

    /** Sends the results of every poll voted on since the last flush (blocking). */
    void flush() {
        for (Long id : marked.keySet()) {
            Poll poll = marked.remove(id);
            if (poll == null) {
                continue;
            }
            Poll now = polls.find(id).orElse(null);
            if (now == null || now.state() != PollState.OPEN) {
                continue;
            }
            String frame = Frames.pollResults("poll.results", polls.results(now));
            if (now.resultsLive()) {
                audience.everyone(now.stageId(), frame);
            } else {
                audience.leaders(now.stageId(), frame);
            }
        }
    }
}
