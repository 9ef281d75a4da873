package dev.marquee.platform.spi.stage;

import java.util.Objects;

/**
 * One connection on a stage's socket, as the socket's owner admitted it: a stable {@code subject}
 * (an account, an attendee, or {@code guest:<name>}), the name others see, the role shown beside it
 * ({@code organizer}, {@code host}, {@code speaker}, {@code attendee}, {@code guest}, or {@code watcher}
 * for a guest who has given no name yet and whose frames never reach a handler), and whether the person
 * leads the stage (organizers and the event's hosts). A person with two tabs open is two
 * members with the same subject.
 *
 * @since 0.1.0
 */
public record StageMember(String connectionId, long stageId, long eventId, String subject, String displayName,
                          String role, boolean leads, boolean guest) {

    public StageMember {
        Objects.requireNonNull(connectionId);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(displayName);
        Objects.requireNonNull(role);
    }
}
