package dev.marquee.platform.application.viewing;

import dev.marquee.platform.spi.audience.OpenStream;
import dev.marquee.platform.spi.audience.TooManyStreams;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TooManyStreamsTest {

    @Test
    void theRefusalNamesEachStreamByStageAndDevice() {
        TooManyStreams refusal = new TooManyStreams(2, List.of(
                new OpenStream("1", 7, "Main Stage", DeviceNames.of("Mozilla/5.0 (X11; rv:128.0) Gecko/20100101 Firefox/128.0"),
                        Instant.parse("2026-12-06T10:00:00Z")),
                new OpenStream("2", 8, "Workshops", DeviceNames.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                        + "AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1"), Instant.parse("2026-12-06T10:01:00Z"))));

        assertThat(refusal.detail())
                .isEqualTo("You are watching on 2 devices: Main Stage on Firefox, Workshops on iPhone — stop one?");
        assertThat(refusal.toJson().getString("error")).isEqualTo("too_many_streams");
        assertThat(refusal.toJson().getJsonArray("streams").getJsonObject(1).getString("device")).isEqualTo("iPhone");
        assertThat(refusal.toJson().getJsonArray("streams").getJsonObject(0).getJsonNumber("stage").longValue()).isEqualTo(7);
    }

    @Test
    void devicesAreNamedFromTheirUserAgent() {
        assertThat(DeviceNames.of("Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/126.0 Safari/537.36 Edg/126.0"))
                .isEqualTo("Edge");
        assertThat(DeviceNames.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/126.0 Mobile Safari/537.36"))
                .isEqualTo("Android phone");
        assertThat(DeviceNames.of("Lavf/59.27.100")).isEqualTo("ffmpeg");
        assertThat(DeviceNames.of(null)).isEqualTo("another device");
    }

    @Test
    void aRetryingPlayerIsAnnouncedOnceAMinute() {
        LimitNotices notices = new LimitNotices(60_000);
        assertThat(notices.due("ada", 1, 0)).isTrue();
        assertThat(notices.due("ada", 1, 59_999)).isFalse();
        assertThat(notices.due("ada", 2, 1)).isTrue();
        assertThat(notices.due("ada", 1, 60_000)).isTrue();
    }
}
