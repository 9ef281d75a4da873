package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.twilio.StageOptions;
import jakarta.json.JsonObject;

import java.util.Map;

/**
 * The state of one Twilio stage while people are on it: an {@link InteractiveStage} or a
 * {@link Party}. Safe to call from any thread; never blocks (Twilio is reached asynchronously).
 */
public interface LiveStage {

    /** A frame of the stage page ({@link ClientFrame}); refusals go back to the member as {@code error} frames. */
    void received(StageMember member, ClientFrame type, JsonObject frame);

    /** The member's connection closed. */
    void left(StageMember member);

    /** A room status callback for this stage's room (already checked and de-duplicated). */
    void roomEvent(RoomEvent event);

    /** New settings of the same mode (capacity, invite only, overflow stage). */
    void reconfigure(StageOptions options, String overflowUrl);

    /** Ends everything for everyone (the stage was deleted or changed mode) and completes the room. */
    void end(String reason);

    /** Whether the stage is on air. */
    boolean live();

    /** Whether nobody is on it any more (the registry may forget it). */
    boolean idle();

    /** What organizers see of it. */
    Map<String, Object> details();
}
