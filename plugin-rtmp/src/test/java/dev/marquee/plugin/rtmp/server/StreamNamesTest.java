package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.playback.PlaybackUrls;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamNamesTest {

    private static final String PREFIX = PlaybackUrls.RTMP_NAME_PREFIX;

    @Test
    void aPlayNameGivesTheStageAndTheDecodedToken() {
        assertThat(StreamNames.play(PREFIX + "7?token=a%2Bb")).contains(new StreamNames.Play(7, "a+b"));
    }

    @Test
    void aTokenWithABrokenEscapeIsNoPlayRequestRatherThanAnError() {
        // Found by RtmpSessionFuzzTest (seed 4904029487151091141): URLDecoder threw on "%t\uFFFD".
        assertThat(StreamNames.play(PREFIX + "7?token=%t\uFFFD")).isEmpty();
        assertThat(StreamNames.play(PREFIX + "7?token=abc%")).isEmpty();
        assertThat(StreamNames.play(PREFIX + "7?token=%zz")).isEmpty();
    }

    @Test
    void otherNamesAreNoPlayRequests() {
        assertThat(StreamNames.play(null)).isEmpty();
        assertThat(StreamNames.play("live")).isEmpty();
        assertThat(StreamNames.play(PREFIX + "x?token=a")).isEmpty();
        assertThat(StreamNames.play(PREFIX + "7")).isEmpty();
    }
}
