package dev.marquee.plugin.interaction.store;

import dev.marquee.plugin.interaction.domain.PollState;
import dev.marquee.plugin.interaction.store.PollStore.Outcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Many votes on one poll written in one transaction (a group commit): the poll's state is read once, the
 * voters who already have a ballot are found with one query per {@value #CHUNK} voters, and the new
 * ballots, replaced ballots and their choices go in JDBC batches. Votes of one person in the same batch
 * are taken in order, as if they had come one by one. Another instance inserting a ballot of the same
 * person meanwhile makes the insert fail (the ballot's key); the caller then rolls back and takes the
 * votes one by one ({@link PollStore#vote}), so the database still decides.
 */
final class BallotBatch {

    /** Voters looked up per query (bind parameters stay far under every database's limit). */
    static final int CHUNK = 500;

    private BallotBatch() {
    }

    /** Writes the votes on {@code c} (not committed) and answers each one's outcome, in order. */
    static List<Outcome> write(Connection c, long pollId, List<PollVote> votes) throws SQLException {
        Boolean changeable = openAndChangeable(c, pollId);
        if (changeable == null) {
            return Collections.nCopies(votes.size(), Outcome.NOT_OPEN);
        }
        Set<String> voted = alreadyVoted(c, pollId, votes);
        List<Outcome> outcomes = new ArrayList<>(votes.size());
        Map<String, PollVote> inserted = new LinkedHashMap<>();
        Map<String, PollVote> replaced = new LinkedHashMap<>();
        for (PollVote v : votes) {
            boolean had = voted.contains(v.subject()) || inserted.containsKey(v.subject());
            if (!had) {
                inserted.put(v.subject(), v);
                outcomes.add(Outcome.COUNTED);
            } else if (!changeable) {
                outcomes.add(Outcome.ALREADY_VOTED);
            } else if (inserted.containsKey(v.subject())) {
                inserted.put(v.subject(), v);
                outcomes.add(Outcome.REPLACED);
            } else {
                replaced.put(v.subject(), v);
                outcomes.add(Outcome.REPLACED);
            }
        }
        insertBallots(c, pollId, inserted.values());
        replaceBallots(c, pollId, replaced.values());
        List<PollVote> chosen = new ArrayList<>(inserted.values());
        chosen.addAll(replaced.values());
        insertChoices(c, pollId, chosen);
        return outcomes;
    }

    /** Null when the poll is not open; else whether its ballots may be replaced. */
    private static Boolean openAndChangeable(Connection c, long pollId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT state, changeable FROM poll WHERE id = ?")) {
            s.setLong(1, pollId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || !PollState.OPEN.wire().equals(r.getString(1))) {
                    return null;
                }
                return r.getBoolean(2);
            }
        }
    }

    private static Set<String> alreadyVoted(Connection c, long pollId, List<PollVote> votes) throws SQLException {
        List<String> subjects = votes.stream().map(PollVote::subject).distinct().toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < subjects.size(); from += CHUNK) {
            List<String> part = subjects.subList(from, Math.min(subjects.size(), from + CHUNK));
            String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT subject FROM poll_ballot WHERE poll_id = ? AND subject IN (" + marks + ")")) {
                s.setLong(1, pollId);
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 2, part.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
            }
        }
        return found;
    }

    private static void insertBallots(Connection c, long pollId, Iterable<PollVote> votes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO poll_ballot (poll_id, subject, voted_at) VALUES (?, ?, ?)")) {
            for (PollVote v : votes) {
                s.setLong(1, pollId);
                s.setString(2, v.subject());
                s.setTimestamp(3, Timestamp.from(v.at()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void replaceBallots(Connection c, long pollId, Iterable<PollVote> votes) throws SQLException {
        try (PreparedStatement touch = c.prepareStatement(
                "UPDATE poll_ballot SET voted_at = ? WHERE poll_id = ? AND subject = ?");
             PreparedStatement clear = c.prepareStatement("DELETE FROM poll_choice WHERE poll_id = ? AND subject = ?")) {
            for (PollVote v : votes) {
                touch.setTimestamp(1, Timestamp.from(v.at()));
                touch.setLong(2, pollId);
                touch.setString(3, v.subject());
                touch.addBatch();
                clear.setLong(1, pollId);
                clear.setString(2, v.subject());
                clear.addBatch();
            }
            touch.executeBatch();
            clear.executeBatch();
        }
    }

    private static void insertChoices(Connection c, long pollId, Iterable<PollVote> votes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO poll_choice (poll_id, subject, option_index) VALUES (?, ?, ?)")) {
            for (PollVote v : votes) {
                for (int index : v.choices()) {
                    s.setLong(1, pollId);
                    s.setString(2, v.subject());
                    s.setInt(3, index);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }
}
