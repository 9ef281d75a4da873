package dev.marquee.plugin.chat.group;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonRatesTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void eachPersonHasTheirOwnBucket() {
        PersonRates rates = new PersonRates(2, 1, 100);
        assertThat(rates.take("attendee:1", 0)).isZero();
        assertThat(rates.take("attendee:1", 0)).isZero();
        assertThat(rates.take("attendee:1", 0)).isEqualTo(1.0);
        assertThat(rates.take("attendee:2", 0)).isZero();
        assertThat(rates.take("attendee:1", SECOND)).isZero();
    }

    @Test
    void memoryStaysBounded() {
        PersonRates rates = new PersonRates(5, 1, 3);
        for (int i = 0; i < 10; i++) {
            rates.take("attendee:" + i, 0);
        }
        assertThat(rates.tracked()).isLessThanOrEqualTo(3);
    }
}
