package dev.marquee.plugin.interaction.store;

import java.time.Instant;
import java.util.List;

/** One person's vote on a poll, on its way to the store: who, the options chosen (valid for the poll), and when. */
public record PollVote(String subject, List<Integer> choices, Instant at) {

    public PollVote {
        choices = List.copyOf(choices);
    }
}
