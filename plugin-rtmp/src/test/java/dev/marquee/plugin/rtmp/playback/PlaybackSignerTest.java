package dev.marquee.plugin.rtmp.playback;

import dev.marquee.platform.spi.auth.SessionGuard;
import dev.marquee.plugin.rtmp.key.ServerSecret;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybackSignerTest {

    private final Set<Long> ended = new HashSet<>();
    private final Instant now = Instant.parse("2026-12-05T20:00:00Z");

    private PlaybackSigner signer() throws ReflectiveOperationException {
        ServerSecret secret = new ServerSecret();
        Field configured = ServerSecret.class.getDeclaredField("configured");
        configured.setAccessible(true);
        configured.set(secret, Optional.of("a server secret for these tests, 32+ chars"));
        PlaybackSigner signer = new PlaybackSigner();
        signer.secret = secret;
        signer.sessions = new SessionGuard() {
            @Override
            public boolean active(long sessionId) {
                return !ended.contains(sessionId);
            }

            @Override
            public Watch watch(long sessionId, Runnable onEnd) {
                return () -> { };
            }
        };
        return signer;
    }

    @Test
    void aTokenPlaysItsStageWhileItsSessionLasts() throws Exception {
        PlaybackSigner signer = signer();
        String token = signer.token(7, 42L, now.plusSeconds(60));
        assertThat(signer.valid(7, token, now)).isTrue();
        assertThat(signer.valid(8, token, now)).as("another stage").isFalse();
        assertThat(signer.valid(7, token, now.plusSeconds(61))).as("expired").isFalse();
        ended.add(42L);
        assertThat(signer.valid(7, token, now)).as("its session ended").isFalse();
    }

    @Test
    void theSessionCannotBeSwappedOrDropped() throws Exception {
        PlaybackSigner signer = signer();
        String token = signer.token(7, 42L, now.plusSeconds(60));
        String[] parts = token.split("\\.");
        ended.add(42L);
        String rest = "." + parts[2] + "." + parts[3];
        assertThat(signer.valid(7, parts[0] + ".43" + rest, now)).isFalse();
        assertThat(signer.valid(7, parts[0] + ".0" + rest, now)).as("made a guest's").isFalse();
        assertThat(signer.valid(7, parts[0] + "." + parts[3], now)).as("the old two-part shape").isFalse();
        assertThat(signer.valid(7, parts[0] + "." + parts[1] + "." + parts[3], now)).as("without its nonce").isFalse();
    }

    @Test
    void twoAddressesAskedForInTheSameSecondAreTwoAddresses() throws Exception {
        PlaybackSigner signer = signer();
        String first = signer.token(7, 42L, now.plusSeconds(60));
        String second = signer.token(7, 42L, now.plusSeconds(60));

        assertThat(first).isNotEqualTo(second);
        assertThat(signer.valid(7, first, now)).isTrue();
        assertThat(signer.valid(7, second, now)).isTrue();
        String[] parts = first.split("\\.");
        String otherNonce = second.split("\\.")[2];
        assertThat(signer.valid(7, parts[0] + "." + parts[1] + "." + otherNonce + "." + parts[3], now))
                .as("a nonce is signed: it cannot be swapped").isFalse();
    }

    @Test
    void aGuestsTokenIsTiedToNoSession() throws Exception {
        PlaybackSigner signer = signer();
        String token = signer.token(7, null, now.plusSeconds(60));
        assertThat(token.split("\\.")[1]).isEqualTo("0");
        assertThat(signer.valid(7, token, now)).isTrue();
    }
}
