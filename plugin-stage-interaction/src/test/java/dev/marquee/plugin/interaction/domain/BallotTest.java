package dev.marquee.plugin.interaction.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BallotTest {

    private static Poll poll(boolean multiple) {
        return new Poll(1, 1, "Which?", List.of("a", "b", "c"), multiple, true, true, PollState.OPEN, Instant.EPOCH);
    }

    @Test
    void singleChoiceTakesExactlyOneExistingOption() {
        assertThat(Ballot.validate(poll(false), List.of(2))).contains(List.of(2));
        assertThat(Ballot.validate(poll(false), List.of(0, 1))).isEmpty();
        assertThat(Ballot.validate(poll(false), List.of())).isEmpty();
        assertThat(Ballot.validate(poll(false), List.of(3))).isEmpty();
        assertThat(Ballot.validate(poll(false), List.of(-1))).isEmpty();
        assertThat(Ballot.validate(poll(false), null)).isEmpty();
    }

    @Test
    void multipleChoiceTakesEachOptionOnceInOrder() {
        assertThat(Ballot.validate(poll(true), List.of(2, 0))).contains(List.of(0, 2));
        assertThat(Ballot.validate(poll(true), List.of(1, 1))).isEmpty();
        assertThat(Ballot.validate(poll(true), Arrays.asList(1, null))).isEmpty();
    }

    @Test
    void aDraftHasTwoToTenOptionsAndAQuestion() {
        assertThat(new PollDraft("Q?", List.of("a", "b"), false, true, true).problem()).isEmpty();
        assertThat(new PollDraft("Q?", List.of("a"), false, true, true).problem()).isPresent();
        assertThat(new PollDraft("Q?", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), false, true,
                true).problem()).isPresent();
        assertThat(new PollDraft(" ", List.of("a", "b"), false, true, true).problem()).isPresent();
        assertThat(new PollDraft("Q?", List.of("a", " "), false, true, true).problem()).isPresent();
    }
}
