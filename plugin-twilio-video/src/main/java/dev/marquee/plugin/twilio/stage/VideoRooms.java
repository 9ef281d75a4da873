package dev.marquee.plugin.twilio.stage;

import java.util.concurrent.CompletionStage;

/**
 * What a stage asks of Twilio's Rooms API. Every call returns at once and completes later, off the
 * caller's thread; a failure completes the stage exceptionally (already logged, without secrets).
 */
public interface VideoRooms {

    /** The in-progress Group room with this unique name, created (with our status callback) if there is none. */
    CompletionStage<RoomInfo> open(String uniqueName, int maxParticipants);

    /** Ends the room (status {@code completed}); a room already gone is fine. */
    CompletionStage<Void> complete(String roomSidOrName);

    /** Disconnects a participant (status {@code disconnected}); one already gone is fine. */
    CompletionStage<Void> disconnect(String roomSidOrName, String identity);

    /** Replaces the participant's whole set of subscribe rules with {@code rulesJson} (a JSON array). */
    CompletionStage<Void> subscribe(String roomSidOrName, String identity, String rulesJson);
}
