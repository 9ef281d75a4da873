package dev.marquee.plugin.interaction.domain;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rule for a vote on a poll: the chosen option indexes exist, none twice, and exactly one unless the
 * poll allows several. Whether the person may vote again is the store's (one ballot per person).
 */
public final class Ballot {

    private Ballot() {
    }

    /** The choices in ascending order, or empty when the vote is not valid for the poll. */
    public static Optional<List<Integer>> validate(Poll poll, List<Integer> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Integer> distinct = new TreeSet<>();
        for (Integer index : chosen) {
            if (index == null || index < 0 || index >= poll.options().size() || !distinct.add(index)) {
                return Optional.empty();
            }
        }
        if (!poll.multiple() && distinct.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(distinct));
    }
}
