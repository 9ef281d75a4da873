package dev.marquee.platform.application.webhook;

import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeStatus;
import dev.marquee.platform.domain.model.attendee.NewAdmissions;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.ticketing.ImportCounts;
import dev.marquee.platform.domain.model.ticketing.ImportRun;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of each message: ids and names, never a secret (no access code, stream key or
 * token). Attendee messages carry the attendee's email and name: telling a receiver who was admitted
 * or revoked is their point, and only an event's organizers, who see its attendees' emails anyway,
 * register webhooks for it.
 */
public final class WebhookFacts {

    /**
     * The JSON provider, looked up once: {@code jakarta.json.Json.create*} looks it up with a
     * {@code ServiceLoader} scan of the class path on every call, which was a third of a 100,000-row
     * ticket import's time (one fact per new attendee; docs/benchmarks.md). Thread-safe.
     */
    static final JsonProvider JSON = JsonProvider.provider();

    private WebhookFacts() {
    }

    public static WebhookFact stream(Stage stage, boolean live, Instant at) {
        return new WebhookFact(live ? WebhookEventType.STREAM_STARTED : WebhookEventType.STREAM_STOPPED,
                stage.event().id(), at, stageData(stage).build());
    }

    /** A session's start time passed: enqueued once per session and start time, whichever instance sees it first. */
    public static WebhookFact sessionStarted(ScheduledSession session) {
        JsonArrayBuilder speakers = JSON.createArrayBuilder();
        session.speakers().forEach(speakers::add);
        JsonObject data = stageData(session.stage()).add("sessionId", session.id()).add("title", session.title())
                .add("speakers", speakers).add("startsAt", session.slot().startsAt().toString())
                .add("endsAt", session.slot().endsAt().toString()).build();
        Instant startsAt = session.slot().startsAt();
        return new WebhookFact(WebhookEventType.SESSION_STARTED, session.stage().event().id(), startsAt, data,
                "session.started:" + session.id() + ":" + startsAt.getEpochSecond());
    }

    public static WebhookFact attendeeCreated(Attendee attendee) {
        return new WebhookFact(WebhookEventType.ATTENDEE_CREATED, attendee.event().id(), attendee.createdAt(),
                attendeeData(attendee));
    }

    /** As {@link #attendeeCreated(Attendee)} for an attendee an import is creating in a batch. */
    public static WebhookFact attendeeCreated(NewAdmissions.NewAttendee attendee) {
        return new WebhookFact(WebhookEventType.ATTENDEE_CREATED, attendee.eventId(), attendee.createdAt(),
                attendeeData(attendee.id(), attendee.eventId(), attendee.email(), attendee.firstName(),
                        attendee.lastName(), attendee.status()));
    }

    public static WebhookFact attendeeRevoked(Attendee attendee, Instant at) {
        return new WebhookFact(WebhookEventType.ATTENDEE_REVOKED, attendee.event().id(), at, attendeeData(attendee));
    }

    public static WebhookFact importFinished(ImportRun run) {
        ImportCounts c = run.counts();
        JsonObjectBuilder data = JSON.createObjectBuilder().add("importId", run.id()).add("eventId", run.eventId())
                .add("status", run.status().name()).add("trigger", run.trigger().name())
                .add("sourceType", run.sourceType()).add("rowsRead", c.rowsRead()).add("created", c.created())
                .add("updated", c.updated()).add("cancelled", c.cancelled()).add("unchanged", c.unchanged())
                .add("missing", c.missing()).add("rejected", c.rejected());
        if (run.error() != null) {
            data.add("error", run.error());
        }
        Instant at = run.finishedAt() != null ? run.finishedAt() : Instant.now();
        return new WebhookFact(WebhookEventType.IMPORT_FINISHED, run.eventId(), at, data.build());
    }

    public static WebhookFact replayReady(ScheduledSession session, long durationSeconds, Instant at) {
        JsonObject data = stageData(session.stage()).add("sessionId", session.id()).add("title", session.title())
                .add("durationSeconds", durationSeconds).build();
        return new WebhookFact(WebhookEventType.REPLAY_READY, session.stage().event().id(), at, data);
    }

    /**
     * {@code personId} is the person's opaque id (the one chat frames carry); {@code attendeeId} is set
     * when the person is an attendee of the event, so a receiver can tell whom to contact.
     */
    public static WebhookFact viewerLimitReached(Stage stage, String personId, Long attendeeId, int limit, int open,
                                                 Instant at) {
        JsonObjectBuilder data = stageData(stage).add("personId", personId).add("limit", limit).add("open", open);
        if (attendeeId != null) {
            data.add("attendeeId", attendeeId);
        }
        return new WebhookFact(WebhookEventType.VIEWER_LIMIT_REACHED, stage.event().id(), at, data.build());
    }

    /** The encoder coach's warning codes for the stage's incoming stream changed (empty: all clear). */
    public static WebhookFact streamWarnings(Stage stage, List<String> codes, Instant at) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        codes.forEach(list::add);
        return new WebhookFact(WebhookEventType.STREAM_WARNINGS, stage.event().id(), at,
                stageData(stage).add("warnings", list).build());
    }

    private static JsonObjectBuilder stageData(Stage stage) {
        return JSON.createObjectBuilder().add("eventId", stage.event().id()).add("eventSlug", stage.event().slug())
                .add("eventTitle", stage.event().title()).add("stageId", stage.id()).add("stageSlug", stage.slug())
                .add("stageName", stage.name());
    }

    private static JsonObject attendeeData(Attendee attendee) {
        return attendeeData(attendee.id(), attendee.event().id(), attendee.email(), attendee.firstName(),
                attendee.lastName(), attendee.status());
    }

    private static JsonObject attendeeData(long attendeeId, long eventId, String email, String firstName,
                                           String lastName, AttendeeStatus status) {
        return JSON.createObjectBuilder().add("attendeeId", attendeeId).add("eventId", eventId)
                .add("email", email).add("firstName", nullToEmpty(firstName))
                .add("lastName", nullToEmpty(lastName)).add("status", status.name()).build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
