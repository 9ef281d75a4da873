package dev.marquee.plugin.rtmp.rest;

import dev.marquee.plugin.rtmp.restream.RestreamState;
import dev.marquee.plugin.rtmp.restream.RestreamStatus;
import dev.marquee.plugin.rtmp.restream.RestreamTarget;
import dev.marquee.plugin.rtmp.restream.RestreamUrl;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RestreamViewTest {

    @Test
    void theKeyIsMaskedAndTheStatusReadable() {
        RestreamTarget target = new RestreamTarget(3, 9, RestreamUrl.parse("rtmp://a.rtmp.youtube.com/live2"),
                "abcd-efgh-secret", true);
        Map<String, Object> view = RestreamView.of(target, new RestreamStatus(RestreamState.CONNECTED, 1_500_000,
                null, Instant.parse("2026-12-06T12:00:00Z"), 10, 1, 0));
        assertThat(view.toString()).doesNotContain("secret");
        assertThat(target.toString()).doesNotContain("secret");
        assertThat(view).containsEntry("key", "********").containsEntry("url", "rtmp://a.rtmp.youtube.com/live2")
                .containsEntry("enabled", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) view.get("status");
        assertThat(status).containsEntry("state", "connected").containsEntry("bitrate", 1_500_000L)
                .containsEntry("since", "2026-12-06T12:00:00Z");
    }
}
