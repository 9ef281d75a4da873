package dev.marquee.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * A running Marquee for a plugin's tests: API clients (an organizer's, a stranger's, an attendee's) and
 * fixtures made through the public API as an organizer would (an event, a stage, an attendee with a code).
 */
public final class Marquee {

    private final MarqueeServer server;
    private final String organizerEmail;
    private final String organizerPassword;

    Marquee(MarqueeServer server, String organizerEmail, String organizerPassword) {
        this.server = server;
        this.organizerEmail = organizerEmail;
        this.organizerPassword = organizerPassword;
    }

    /** A running server whose platform organizer signs in with these credentials (a harness of your own). */
    public static Marquee of(MarqueeServer server, String organizerEmail, String organizerPassword) {
        return new Marquee(server, organizerEmail, organizerPassword);
    }

    public MarqueeServer server() {
        return server;
    }

    /**
     * {@code path} on the operators' listener, where {@code /metrics} and {@code /health} answer (the kit
     * starts one on loopback; a harness of your own starts it with {@link MarqueeServer#withManagementListener}).
     */
    public URI management(String path) {
        return server.management(path);
    }

    /** A new client signed in as the platform's organizer. */
    public Api organizer() {
        return new Api(server).login(organizerEmail, organizerPassword);
    }

    /** A new client signed in as nobody. */
    public Api anonymous() {
        return new Api(server);
    }

    /** A new event ({@code access}: {@code PUBLIC}, {@code TICKETED}, ...); its id. */
    public long event(String access) {
        String slug = "ev-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = organizer().post("/api/v1/events", Map.of("slug", slug, "title", "Event " + slug,
                "timezone", "UTC", "access", access));
        return expect(reply, 201).json().get("id").asLong();
    }

    /** Creates a stage of {@code provider} with {@code settings}; the reply (201 with the stage, or the refusal). */
    public Api.Reply createStage(long eventId, String provider, Map<String, Object> settings) {
        String slug = "st-" + UUID.randomUUID().toString().substring(0, 8);
        return organizer().post("/api/v1/events/" + eventId + "/stages",
                Map.of("slug", slug, "name", "Stage " + slug, "provider", provider, "settings", settings));
    }

    /**
     * An attendee of a ticketed event, imported from a one-row ticket file and signed in with the access
     * code the organizer was shown ({@code delivery=show}, no mail needed): a client with that session.
     */
    public Api attendee(long eventId, String firstName) {
        Api attendee = new Api(server);
        expect(attendee.post("/api/v1/auth/access-code", Map.of("code", accessCode(eventId, firstName))), 200);
        return attendee;
    }

    /** A new attendee of a ticketed event, imported from a one-row ticket file; their access code, shown once. */
    public String accessCode(long eventId, String firstName) {
        Api organizer = organizer();
        String email = firstName.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@plugin-test.invalid";
        String csv = "Ticket ID,Order ID,First Name,Last Name,Email,Ticket Type,Status,Purchase Date\n"
                + "T-" + email + ",O-1," + firstName + ",Tester," + email + ",Full,paid,\n";
        expect(organizer.postAs("/api/v1/events/" + eventId + "/imports", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)), 200);
        long attendeeId = -1;
        for (JsonNode attendee : expect(organizer.get("/api/v1/events/" + eventId + "/attendees"), 200).json()) {
            if (email.equals(attendee.get("email").asText())) {
                attendeeId = attendee.get("id").asLong();
            }
        }
        if (attendeeId < 0) {
            throw new IllegalStateException("The imported attendee " + email + " is not listed");
        }
        return expect(organizer.post("/api/v1/attendees/" + attendeeId + "/access-code?delivery=show", Map.of()), 200)
                .json().get("code").asText();
    }

    /** The plugin {@code id} as {@code GET /api/v1/plugins} lists it to organizers; fails if it is not listed. */
    public JsonNode plugin(String id) {
        for (JsonNode plugin : organizer().get("/api/v1/plugins").json()) {
            if (id.equals(plugin.get("id").asText())) {
                return plugin;
            }
        }
        throw new AssertionError("Plugin " + id + " is not listed: is its JAR in the plugins directory, with its "
                + "META-INF/services file naming it?");
    }

    private static Api.Reply expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + reply.status() + ": " + reply.raw().body());
        }
        return reply;
    }
}
