package dev.marquee.plugin.chat.group;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleSearchTest {

    @Test
    void everyWordTypedMustAppearIgnoringCaseAndAccents() {
        assertThat(PeopleSearch.matches("José García", "jose gar")).isTrue();
        assertThat(PeopleSearch.matches("José García", "GARCIA")).isTrue();
        assertThat(PeopleSearch.matches("José García", "jose lopez")).isFalse();
        assertThat(PeopleSearch.matches("Ada Lovelace", "  ")).isTrue();
        assertThat(PeopleSearch.matches("Ada Lovelace", null)).isTrue();
        assertThat(PeopleSearch.matches("Zoë", "zoe")).isTrue();
    }
}
