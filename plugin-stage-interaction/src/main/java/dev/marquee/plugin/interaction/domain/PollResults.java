package dev.marquee.plugin.interaction.domain;

import java.util.List;

/** A poll's counts, one per option, and how many people voted ({@code total}: ballots, not choices). */
public record PollResults(long pollId, List<Integer> counts, int total) {

    public PollResults {
        counts = List.copyOf(counts);
    }
}
