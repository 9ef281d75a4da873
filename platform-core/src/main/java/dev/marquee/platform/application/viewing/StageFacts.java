package dev.marquee.platform.application.viewing;

import java.time.Instant;
import java.util.List;

/**
 * What the ledger needs of a stage: its event, name, the event's stream limit (null: none) and the
 * stage's schedule slots, read at {@code readAt}.
 */
record StageFacts(long stageId, long eventId, String stageName, Integer limit, List<Slot> slots, long readAt) {

    /** One scheduled session of the stage. */
    record Slot(long id, Instant start, Instant end) {
    }

    /** The scheduled session that covers {@code at}, if any (the later one where two overlap). */
    Long sessionAt(Instant at) {
        Long found = null;
        for (Slot slot : slots) {
            if (!at.isBefore(slot.start()) && at.isBefore(slot.end())) {
                found = slot.id();
            }
        }
        return found;
    }
}
