package dev.marquee.plugin.interaction.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who has led each stage on its socket (organizers, hosts, moderators), whatever instance they are connected
 * to: frames only leaders may see (questions waiting for approval, hidden ones, results kept back) are sent
 * to these people. A person who joins without leading is struck off. Blocking; thread-safe.
 */
@ApplicationScoped
public class LeaderStore {

    @Inject
    Jdbc jdbc;

    public LeaderStore() {
    }

    public LeaderStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes that {@code subject} joined the stage, leading it or not. */
    public void seen(long stageId, String subject, boolean leads, Instant at) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM interaction_leader WHERE stage_id = ? AND subject = ?")) {
                s.setLong(1, stageId);
                s.setString(2, subject);
                s.executeUpdate();
            }
            if (leads) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO interaction_leader (stage_id, subject, seen_at) VALUES (?, ?, ?)")) {
                    s.setLong(1, stageId);
                    s.setString(2, subject);
                    s.setTimestamp(3, Jdbc.ts(at));
                    s.executeUpdate();
                } catch (java.sql.SQLException e) {
                    if (!Jdbc.duplicate(e)) {
                        throw e;
                    }
                    c.rollback(); // another tab of theirs noted them at the same moment
                }
            }
            return null;
        });
    }

    public List<String> of(long stageId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT subject FROM interaction_leader WHERE stage_id = ?")) {
                s.setLong(1, stageId);
                List<String> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
                return out;
            }
        });
    }
}
