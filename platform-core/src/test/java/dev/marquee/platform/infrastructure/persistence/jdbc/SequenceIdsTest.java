package dev.marquee.platform.infrastructure.persistence.jdbc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceIdsTest {

    @Test
    void eachSequenceValueOwnsTheFiftyIdsUpToItAsHibernatesPooledOptimizerHasIt() {
        assertThat(SequenceIds.block(101)).containsExactly(52, 101);
        assertThat(SequenceIds.block(51)).containsExactly(2, 51);
    }

    @Test
    void theFirstValueOwnsOnlyItself() {
        // Hibernate, getting 1 first, also takes the next value and uses 1 .. that value
        assertThat(SequenceIds.block(1)).containsExactly(1, 1);
    }
}
