package dev.marquee.plugin.interaction.domain;

import java.util.Comparator;
import java.util.List;

/** The order of a stage's queue: most votes first; among equal votes, the older question first. */
public final class QuestionQueue {

    public static final Comparator<Question> ORDER = Comparator.comparingInt(Question::votes).reversed()
            .thenComparing(Question::createdAt)
            .thenComparingLong(Question::id);

    private QuestionQueue() {
    }

    /** The questions a person sees, in queue order: all of them for leaders, the visible ones for others. */
    public static List<Question> seenBy(List<Question> all, boolean leads) {
        return all.stream().filter(q -> leads || q.visible()).sorted(ORDER).toList();
    }
}
