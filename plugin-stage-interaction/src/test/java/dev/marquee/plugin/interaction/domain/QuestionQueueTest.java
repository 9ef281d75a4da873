package dev.marquee.plugin.interaction.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionQueueTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private static Question q(long id, int votes, int secondsAfter, boolean approved, boolean hidden) {
        return new Question(id, 1, "s" + id, "n", false, "t" + id, votes, false, false, hidden, approved,
                T0.plusSeconds(secondsAfter));
    }

    @Test
    void mostVotesFirstThenOlderFirst() {
        List<Question> all = List.of(q(1, 2, 0, true, false), q(2, 5, 10, true, false), q(3, 2, -5, true, false),
                q(4, 1, -60, true, false));
        assertThat(QuestionQueue.seenBy(all, false)).extracting(Question::id).containsExactly(2L, 3L, 1L, 4L);
    }

    @Test
    void attendeesSeeNeitherWaitingNorHiddenQuestionsLeadersSeeAll() {
        List<Question> all = List.of(q(1, 1, 0, false, false), q(2, 1, 1, true, true), q(3, 1, 2, true, false));
        assertThat(QuestionQueue.seenBy(all, false)).extracting(Question::id).containsExactly(3L);
        assertThat(QuestionQueue.seenBy(all, true)).extracting(Question::id).containsExactly(1L, 2L, 3L);
    }
}
