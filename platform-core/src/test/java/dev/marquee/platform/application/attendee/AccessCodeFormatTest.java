package dev.marquee.platform.application.attendee;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodeFormatTest {

    @Test
    void codesHaveAtLeastSixtyBitsInThreeGroupsWithoutLookAlikes() {
        assertThat(AccessCodeFormat.entropyBits()).isGreaterThanOrEqualTo(60);
        assertThat(AccessCodeFormat.ALPHABET).doesNotContain("0", "O", "1", "I", "L", "U", "V");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = AccessCodeFormat.generate();
            assertThat(code).matches("[2-9A-HJKMNP-TW-Z]{5}-[2-9A-HJKMNP-TW-Z]{5}-[2-9A-HJKMNP-TW-Z]{5}");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void typedCodesAreNormalised() {
        assertThat(AccessCodeFormat.normalize(" k7qxm 4htrb-9cwpe ")).isEqualTo("K7QXM4HTRB9CWPE");
        assertThat(AccessCodeFormat.normalize("K7QXM-4HTRB-9CWPE")).isEqualTo("K7QXM4HTRB9CWPE");
    }

    @Test
    void impossibleCodesAreRejectedBeforeAnyLookup() {
        assertThat(AccessCodeFormat.normalize(null)).isNull();
        assertThat(AccessCodeFormat.normalize("K7QXM-4HTRB")).isNull();
        assertThat(AccessCodeFormat.normalize("O7QXM-4HTRB-9CWPE")).as("O is not in the alphabet").isNull();
        assertThat(AccessCodeFormat.normalize("' OR 1=1 --XXXXX")).isNull();
    }
}
