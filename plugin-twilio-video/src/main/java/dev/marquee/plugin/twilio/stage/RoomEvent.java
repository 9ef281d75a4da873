package dev.marquee.plugin.twilio.stage;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * One room status callback from Twilio, with the fields a stage uses. {@link #key()} tells replays
 * apart from new events (Twilio sends each callback at least once, and one per track).
 */
public record RoomEvent(String roomSid, String roomName, String event, String participantSid, String identity,
                        String trackSid, String trackKind, Instant timestamp, String sequenceNumber) {

    public static final String ROOM_ENDED = "room-ended";
    public static final String PARTICIPANT_CONNECTED = "participant-connected";
    public static final String PARTICIPANT_DISCONNECTED = "participant-disconnected";
    public static final String TRACK_ADDED = "track-added";
    public static final String TRACK_REMOVED = "track-removed";
    public static final String TRACK_ENABLED = "track-enabled";
    public static final String TRACK_DISABLED = "track-disabled";

    /** From the callback's form parameters (first values). */
    public static RoomEvent of(Map<String, String> form) {
        return new RoomEvent(form.get("RoomSid"), form.get("RoomName"), form.get("StatusCallbackEvent"),
                form.get("ParticipantSid"), form.get("ParticipantIdentity"), form.get("TrackSid"),
                form.get("TrackKind"), instant(form.get("Timestamp")), form.get("SequenceNumber"));
    }

    /** What makes the event unique: room, event, participant, track and time (or sequence number). */
    public String key() {
        String when = timestamp != null ? timestamp.toString() : Objects.toString(sequenceNumber, "");
        return String.join("|", Objects.toString(roomSid, ""), Objects.toString(event, ""),
                Objects.toString(participantSid, ""), Objects.toString(trackSid, ""), when);
    }

    /** Whether this is a media track (audio or video; data tracks are not counted). */
    public boolean media() {
        return "audio".equals(trackKind) || "video".equals(trackKind);
    }

    /** Whether it happened at or after {@code moment}; events without a time count as recent. */
    public boolean notBefore(Instant moment) {
        return timestamp == null || !timestamp.isBefore(moment);
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
