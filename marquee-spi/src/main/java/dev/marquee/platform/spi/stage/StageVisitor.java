package dev.marquee.platform.spi.stage;

import java.util.Objects;

/**
 * The caller of a request as {@link StageAccess} admitted them to a stage: the stage and its event, the
 * stable {@code subject} (an account, an attendee, or {@code guest:<id>}) as {@link StageMember} carries
 * it, the opaque {@code personId} browsers may be shown for it (never the subject;
 * {@link dev.marquee.platform.spi.audience.OpaquePersonIds}), the name others see, whether they lead the
 * stage (organizers of the event, its hosts and moderators, and those granted the stage) and whether
 * they are an anonymous guest.
 *
 * @since 0.1.0
 */
public record StageVisitor(long stageId, long eventId, String subject, String personId, String displayName,
                           boolean leads, boolean guest) {

    public StageVisitor {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(personId);
        Objects.requireNonNull(displayName);
    }
}
