package dev.marquee.plugin.interaction.store;

import static dev.marquee.plugin.interaction.JsonSupport.JSON;

import dev.marquee.plugin.interaction.domain.Poll;
import dev.marquee.plugin.interaction.domain.PollDraft;
import dev.marquee.plugin.interaction.domain.PollResults;
import dev.marquee.plugin.interaction.domain.PollState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Polls and their ballots. A ballot is one row per (poll, person), its choices beside it; results are
 * counted from the rows, so they are exact whatever instance took each vote. Blocking; thread-safe.
 */
@ApplicationScoped
public class PollStore {

    private static final String COLUMNS = "id, stage_id, question, options, multiple, changeable, results_live, "
            + "state, created_at";

    /** What became of a vote. */
    public enum Outcome { COUNTED, REPLACED, ALREADY_VOTED, NOT_OPEN }

    @Inject
    Jdbc jdbc;

    public PollStore() {
    }

    public PollStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a draft poll (texts already made safe). */
    public Poll create(long stageId, PollDraft draft, Instant at) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO poll (stage_id, question, options, multiple, "
                    + "changeable, results_live, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"id"})) {
                JsonArrayBuilder options = JSON.createArrayBuilder();
                draft.options().forEach(options::add);
                s.setLong(1, stageId);
                s.setString(2, draft.question());
                s.setString(3, options.build().toString());
                s.setBoolean(4, draft.multiple());
                s.setBoolean(5, draft.changeable());
                s.setBoolean(6, draft.resultsLive());
                s.setString(7, PollState.DRAFT.wire());
                s.setTimestamp(8, Jdbc.ts(at));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return find(c, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    public Optional<Poll> find(long pollId) {
        return jdbc.inTransaction(c -> find(c, pollId));
    }

    public List<Poll> ofStage(long stageId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM poll WHERE stage_id = ? ORDER BY id")) {
                s.setLong(1, stageId);
                return list(s);
            }
        });
    }

    /** The stage's open poll, if one is. */
    public Optional<Poll> open(long stageId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM poll WHERE stage_id = ? AND state = 'open' ORDER BY id DESC")) {
                s.setLong(1, stageId);
                return list(s).stream().findFirst();
            }
        });
    }

    /** Opens the poll and closes whichever other poll of its stage was open; answers the polls it closed. */
    public List<Poll> openOnly(Poll poll) {
        return jdbc.inTransaction(c -> {
            List<Poll> closed;
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM poll WHERE stage_id = ? AND state = 'open' AND id <> ?")) {
                s.setLong(1, poll.stageId());
                s.setLong(2, poll.id());
                closed = list(s);
            }
            for (Poll other : closed) {
                setState(c, other.id(), PollState.CLOSED);
            }
            setState(c, poll.id(), PollState.OPEN);
            return closed.stream().map(p -> p.withState(PollState.CLOSED)).toList();
        });
    }

    public void setState(long pollId, PollState state) {
        jdbc.inTransaction(c -> {
            setState(c, pollId, state);
            return null;
        });
    }

    public void delete(long pollId) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM poll WHERE id = ?")) {
                s.setLong(1, pollId);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Records {@code subject}'s choices (already valid for the poll): a first ballot is counted; a second one
     * replaces the first when the poll is changeable, else is refused. Only while the poll is open.
     */
    public Outcome vote(long pollId, String subject, List<Integer> choices, Instant at) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT state, changeable FROM poll WHERE id = ?")) {
                s.setLong(1, pollId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next() || !PollState.OPEN.wire().equals(r.getString(1))) {
                        return Outcome.NOT_OPEN;
                    }
                    boolean changeable = r.getBoolean(2);
                    return ballot(c, pollId, subject, choices, at, changeable);
                }
            }
        });
    }

    /**
     * Many votes on one poll in one transaction ({@link BallotBatch}), each one's outcome in order, as
     * {@link #vote} would have answered them one by one. When another instance stored a ballot of one of
     * these people meanwhile, the batch is rolled back and the votes are taken one by one.
     */
    public List<Outcome> voteAll(long pollId, List<PollVote> votes) {
        if (votes.isEmpty()) {
            return List.of();
        }
        try {
            return jdbc.inTransaction(c -> BallotBatch.write(c, pollId, votes));
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof SQLException sql) || !Jdbc.duplicateInChain(sql)) {
                throw e;
            }
        }
        List<Outcome> outcomes = new ArrayList<>(votes.size());
        for (PollVote v : votes) {
            outcomes.add(vote(pollId, v.subject(), v.choices(), v.at()));
        }
        return outcomes;
    }

    private static Outcome ballot(Connection c, long pollId, String subject, List<Integer> choices, Instant at,
                                  boolean changeable) throws SQLException {
        Outcome outcome = Outcome.COUNTED;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO poll_ballot (poll_id, subject, voted_at) VALUES (?, ?, ?)")) {
            s.setLong(1, pollId);
            s.setString(2, subject);
            s.setTimestamp(3, Jdbc.ts(at));
            s.executeUpdate();
        } catch (SQLException e) {
            if (!Jdbc.duplicate(e)) {
                throw e;
            }
            c.rollback();
            if (!changeable) {
                return Outcome.ALREADY_VOTED;
            }
            outcome = Outcome.REPLACED;
            // the ballot row is this person's lock: two changes at once take turns
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE poll_ballot SET voted_at = ? WHERE poll_id = ? AND subject = ?")) {
                s.setTimestamp(1, Jdbc.ts(at));
                s.setLong(2, pollId);
                s.setString(3, subject);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM poll_choice WHERE poll_id = ? AND subject = ?")) {
                s.setLong(1, pollId);
                s.setString(2, subject);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO poll_choice (poll_id, subject, option_index) VALUES (?, ?, ?)")) {
            for (int index : choices) {
                s.setLong(1, pollId);
                s.setString(2, subject);
                s.setInt(3, index);
                s.addBatch();
            }
            s.executeBatch();
        }
        return outcome;
    }

    /** What {@code subject} chose on the poll (empty when they have not voted). */
    public List<Integer> choicesOf(long pollId, String subject) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT option_index FROM poll_choice "
                    + "WHERE poll_id = ? AND subject = ? ORDER BY option_index")) {
                s.setLong(1, pollId);
                s.setString(2, subject);
                List<Integer> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getInt(1));
                    }
                }
                return out;
            }
        });
    }

    /**
     * The poll's counts per option and how many people voted, read in one statement so both come from
     * one snapshot (two statements at read-committed isolation could see a ballot in one and not the other).
     */
    public PollResults results(Poll poll) {
        return jdbc.inTransaction(c -> {
            Integer[] counts = new Integer[poll.options().size()];
            Arrays.fill(counts, 0);
            int total = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT -1, COUNT(*) FROM poll_ballot WHERE poll_id = ? "
                    + "UNION ALL SELECT option_index, COUNT(*) FROM poll_choice WHERE poll_id = ? GROUP BY option_index")) {
                s.setLong(1, poll.id());
                s.setLong(2, poll.id());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        int index = r.getInt(1);
                        if (index == -1) {
                            total = r.getInt(2);
                        } else if (index >= 0 && index < counts.length) {
                            counts[index] = r.getInt(2);
                        }
                    }
                }
            }
            return new PollResults(poll.id(), List.of(counts), total);
        });
    }

    private static void setState(Connection c, long pollId, PollState state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE poll SET state = ? WHERE id = ?")) {
            s.setString(1, state.wire());
            s.setLong(2, pollId);
            s.executeUpdate();
        }
    }

    private static Optional<Poll> find(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM poll WHERE id = ?")) {
            s.setLong(1, id);
            return list(s).stream().findFirst();
        }
    }

    private static List<Poll> list(PreparedStatement s) throws SQLException {
        List<Poll> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Poll(r.getLong(1), r.getLong(2), r.getString(3), options(r.getString(4)), r.getBoolean(5),
                        r.getBoolean(6), r.getBoolean(7), PollState.of(r.getString(8)), r.getTimestamp(9).toInstant()));
            }
        }
        return out;
    }

    private static List<String> options(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
