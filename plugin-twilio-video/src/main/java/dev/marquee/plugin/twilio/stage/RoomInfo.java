package dev.marquee.plugin.twilio.stage;

/** An in-progress Twilio room: its SID ({@code RM...}), unique name and capacity. */
public record RoomInfo(String sid, String uniqueName, int maxParticipants) {
}
