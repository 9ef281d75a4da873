package dev.marquee.plugin.rtmp.restream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeySealTest {

    private final KeySeal seal = new KeySeal(new byte[32]);

    @Test
    void aSealedKeyOpensForItsStageOnlyAndNeverShowsInTheStoredValue() {
        String stored = seal.seal(7, "live_123_secretkey");
        assertThat(stored).startsWith("v1.").doesNotContain("secretkey");
        assertThat(seal.seal(7, "live_123_secretkey")).as("a fresh nonce each time").isNotEqualTo(stored);
        assertThat(seal.open(7, stored)).contains("live_123_secretkey");
        assertThat(seal.open(8, stored)).as("moved to another stage").isEmpty();
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(new KeySeal(other).open(7, stored)).as("another server secret").isEmpty();
        assertThat(seal.open(7, "v1.AAAA")).isEmpty();
        assertThat(seal.open(7, "plain")).isEmpty();
    }
}
