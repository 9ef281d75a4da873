package dev.marquee.plugin.interaction.domain;

import java.time.Instant;

/**
 * A question asked on a stage, as stored: its text is already made safe ({@code text.QuestionText}); the
 * author is kept even when they asked anonymously (for moderation), and shown only when not.
 */
public record Question(long id, long stageId, String authorSubject, String authorName, boolean anonymous,
                       String text, int votes, boolean answered, boolean pinned, boolean hidden, boolean approved,
                       Instant createdAt) {

    /** Whether people who do not lead the stage see it. */
    public boolean visible() {
        return approved && !hidden;
    }
}
