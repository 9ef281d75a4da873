package dev.marquee.plugin.interaction.store;

import static dev.marquee.plugin.interaction.JsonSupport.JSON;

import dev.marquee.plugin.interaction.domain.InteractionSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** A stage's interaction settings ({@link InteractionSettings#DEFAULTS} until an organizer saves some). Blocking. */
@ApplicationScoped
public class SettingsStore {

    @Inject
    Jdbc jdbc;

    public SettingsStore() {
    }

    public SettingsStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public InteractionSettings of(long stageId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT qa_enabled, qa_premoderated, qa_anonymous, qa_locked, "
                    + "polls_enabled, reactions_enabled, reaction_set FROM interaction_settings WHERE stage_id = ?")) {
                s.setLong(1, stageId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return InteractionSettings.DEFAULTS;
                    }
                    return new InteractionSettings(r.getBoolean(1), r.getBoolean(2), r.getBoolean(3), r.getBoolean(4),
                            r.getBoolean(5), r.getBoolean(6), set(r.getString(7)));
                }
            }
        });
    }

    public InteractionSettings save(long stageId, InteractionSettings settings) {
        JsonArrayBuilder set = JSON.createArrayBuilder();
        settings.reactionSet().forEach(set::add);
        String encoded = set.build().toString();
        jdbc.inTransaction(c -> {
            int updated;
            try (PreparedStatement s = c.prepareStatement("UPDATE interaction_settings SET qa_enabled = ?, "
                    + "qa_premoderated = ?, qa_anonymous = ?, qa_locked = ?, polls_enabled = ?, reactions_enabled = ?, "
                    + "reaction_set = ? WHERE stage_id = ?")) {
                bind(s, settings, encoded);
                s.setLong(8, stageId);
                updated = s.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO interaction_settings (qa_enabled, "
                        + "qa_premoderated, qa_anonymous, qa_locked, polls_enabled, reactions_enabled, reaction_set, "
                        + "stage_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    bind(s, settings, encoded);
                    s.setLong(8, stageId);
                    s.executeUpdate();
                }
            }
            return null;
        });
        return settings;
    }

    private static void bind(PreparedStatement s, InteractionSettings v, String set) throws java.sql.SQLException {
        s.setBoolean(1, v.qaEnabled());
        s.setBoolean(2, v.qaPremoderated());
        s.setBoolean(3, v.qaAnonymous());
        s.setBoolean(4, v.qaLocked());
        s.setBoolean(5, v.pollsEnabled());
        s.setBoolean(6, v.reactionsEnabled());
        s.setString(7, set);
    }

    private static java.util.List<String> set(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
