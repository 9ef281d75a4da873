package dev.marquee.plugin.interaction.domain;

import java.util.List;

/**
 * A stage's interaction settings: Q&A (on, pre-moderated, anonymous asking allowed, locked against new
 * questions), polls (on), reactions (on, and the emoji people may send). Immutable.
 */
public record InteractionSettings(boolean qaEnabled, boolean qaPremoderated, boolean qaAnonymous, boolean qaLocked,
                                  boolean pollsEnabled, boolean reactionsEnabled, List<String> reactionSet) {

    /** The six emoji a stage starts with. */
    public static final List<String> DEFAULT_SET = List.of("👏", "❤️", "😂", "🎉", "😮", "👍");

    /** A stage nobody configured: Q&A and polls off, reactions on with {@link #DEFAULT_SET}. */
    public static final InteractionSettings DEFAULTS =
            new InteractionSettings(false, false, false, false, false, true, DEFAULT_SET);

    public InteractionSettings {
        reactionSet = List.copyOf(reactionSet);
    }

    /** Whether people may ask now. */
    public boolean asking() {
        return qaEnabled && !qaLocked;
    }
}
