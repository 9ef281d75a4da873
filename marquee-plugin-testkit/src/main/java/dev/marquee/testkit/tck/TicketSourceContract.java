package dev.marquee.testkit.tck;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.testkit.Api;
import dev.marquee.testkit.Marquee;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Marquee expects of every ticket source, against the real server: extend it in a test class whose
 * {@link #validSettings()} point at a stand-in of the ticketing system (started by the test) that sells
 * valid tickets to {@link #buyerEmails()}. Listed and configured; bad settings refused field by field; a
 * run gives every buyer access with one ticket (and nobody else), and a second run makes nobody twice (whether the source
 * reads again from the start or from its cursor); secrets never shown, to organizers or in the log;
 * strangers cannot add sources.
 */
public abstract class TicketSourceContract {

    private Marquee marquee;

    /** The source's plugin id. */
    protected abstract String sourceId();

    /** Settings reading the stand-in's tickets. */
    protected abstract Map<String, Object> validSettings();

    /** Settings the source refuses, and a field the refusal must point at. */
    protected abstract Map<String, Object> invalidSettings();

    protected abstract String invalidField();

    /** The emails of the stand-in's valid (paid) tickets, one ticket each. */
    protected abstract List<String> buyerEmails();

    /** A secret value in {@link #validSettings()} (a token, an API key) that must never be shown or logged. */
    protected Optional<String> secretValue() {
        return Optional.empty();
    }

    @BeforeEach
    void connect(Marquee running) {
        marquee = running;
    }

    @Test
    void isListedAsAConfiguredTicketSource() {
        JsonNode plugin = marquee.plugin(sourceId());
        assertThat(plugin.get("kind").asText()).isEqualTo("TICKETING");
        assertThat(plugin.get("configured").asBoolean()).as("configured").isTrue();
    }

    @Test
    void refusesBadSettingsFieldByField() {
        long eventId = marquee.event("TICKETED");
        Api.Reply refused = marquee.organizer().post("/api/v1/events/" + eventId + "/ticket-sources",
                Map.of("type", sourceId(), "settings", invalidSettings()));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.json().get("fields").findValuesAsText("name")).contains(invalidField());
    }

    @Test
    void makesEveryBuyerAnAttendeeOnceAndNobodyTwice() {
        long eventId = marquee.event("TICKETED");
        Api organizer = marquee.organizer();
        long sourceId = addSource(organizer, eventId);

        JsonNode first = runNow(organizer, eventId);
        assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(first.get("created").asInt()).isGreaterThanOrEqualTo(buyerEmails().size());
        assertThat(activeEmails(organizer, eventId)).containsExactlyInAnyOrderElementsOf(buyerEmails());

        JsonNode second = runNow(organizer, eventId);
        assertThat(second.get("status").asText()).as(second.toString()).isEqualTo("SUCCEEDED");
        assertThat(second.get("created").asInt()).as("created by the second run").isZero();
        assertThat(activeEmails(organizer, eventId)).containsExactlyInAnyOrderElementsOf(buyerEmails());
        for (JsonNode attendee : organizer.get("/api/v1/events/" + eventId + "/attendees").json()) {
            if ("ACTIVE".equals(attendee.get("status").asText())) {
                assertThat(attendee.get("tickets").asInt()).as(attendee.toString()).isEqualTo(1);
            }
        }
        assertThat(organizer.get("/api/v1/ticket-sources/" + sourceId).status()).isEqualTo(200);
    }

    @Test
    void neverShowsOrLogsItsSecrets() {
        long eventId = marquee.event("TICKETED");
        Api organizer = marquee.organizer();
        long sourceId = addSource(organizer, eventId);
        runNow(organizer, eventId);
        secretValue().ifPresent(secret -> {
            assertThat(organizer.get("/api/v1/ticket-sources/" + sourceId).raw().body()).doesNotContain(secret);
            assertThat(organizer.get("/api/v1/events/" + eventId + "/ticket-sources").raw().body()).doesNotContain(secret);
            assertThat(marquee.server().log()).doesNotContain(secret);
        });
    }

    @Test
    void strangersCannotAddOrRunSources() {
        long eventId = marquee.event("TICKETED");
        Api stranger = marquee.anonymous();
        assertThat(stranger.post("/api/v1/events/" + eventId + "/ticket-sources",
                Map.of("type", sourceId(), "settings", validSettings())).status()).isEqualTo(401);
        assertThat(stranger.post("/api/v1/events/" + eventId + "/imports", Map.of()).status()).isEqualTo(401);
    }

    private long addSource(Api organizer, long eventId) {
        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/ticket-sources",
                Map.of("type", sourceId(), "settings", validSettings()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static JsonNode runNow(Api organizer, long eventId) {
        Api.Reply run = organizer.post("/api/v1/events/" + eventId + "/imports", Map.of());
        assertThat(run.status()).as(run.raw().body()).isEqualTo(200);
        return run.json();
    }

    /** The emails of the event's attendees with access (a refunded ticket's buyer may be listed, revoked). */
    private static List<String> activeEmails(Api organizer, long eventId) {
        List<String> emails = new ArrayList<>();
        for (JsonNode attendee : organizer.get("/api/v1/events/" + eventId + "/attendees").json()) {
            if ("ACTIVE".equals(attendee.get("status").asText())) {
                emails.add(attendee.get("email").asText());
            }
        }
        return emails;
    }
}
