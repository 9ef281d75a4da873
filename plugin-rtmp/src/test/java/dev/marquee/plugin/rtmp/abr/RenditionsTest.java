package dev.marquee.plugin.rtmp.abr;

import dev.marquee.plugin.rtmp.hls.HlsSegmenter;
import dev.marquee.plugin.rtmp.hls.HlsSettings;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.media.Publisher;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RenditionsTest {

    private final Renditions renditions = new Renditions(Clock.systemUTC(), 1 << 20,
            (stream, label) -> new Renditions.Outputs(new HlsSegmenter(label, HlsSettings.defaults()), null));
    private final Rendition r360 = new Rendition("360p", 360, 800, 96);
    private final Rendition r180 = new Rendition("180p", 180, 300, 64);

    private static Publisher publisher() {
        return new Publisher() {
            @Override
            public String remote() {
                return "/127.0.0.1:5000";
            }

            @Override
            public void disconnect(String reason) {
            }
        };
    }

    @Test
    void aKeyStartsItsRenditionOnceAndNoOtherKeyDoes() {
        String key = renditions.issue(7, r360);
        assertThat(key).startsWith(Renditions.KEY_PREFIX).hasSize(Renditions.KEY_PREFIX.length() + 43);
        assertThat(Renditions.internal(key)).isTrue();
        assertThat(Renditions.internal("an-ordinary-stream-key")).isFalse();
        assertThat(renditions.start("abr-guessed", publisher())).isEmpty();
        LiveStream stream = renditions.start(key, publisher()).orElseThrow();
        assertThat(stream.stageId()).isEqualTo(7);
        assertThat(renditions.start(key, publisher())).as("a key works once").isEmpty();
        assertThat(renditions.live(7)).extracting(o -> o.rendition().name()).containsExactly("360p");
        assertThat(renditions.live(8)).isEmpty();
    }

    @Test
    void listsLiveRenditionsHighestFirstAndForgetsEndedOnes() {
        LiveStream low = renditions.start(renditions.issue(7, r180), publisher()).orElseThrow();
        renditions.start(renditions.issue(7, r360), publisher()).orElseThrow();
        assertThat(renditions.live(7)).extracting(o -> o.rendition().name()).containsExactly("360p", "180p");
        renditions.stop(low);
        assertThat(renditions.live(7)).extracting(o -> o.rendition().name()).containsExactly("360p");
        assertThat(renditions.find(7, "180p")).as("kept for players reading its end").isPresent();
        renditions.clear(7);
        assertThat(renditions.find(7, "360p")).isEmpty();
        assertThat(renditions.live(7)).isEmpty();
    }

    @Test
    void aRestartReplacesTheRenditionAndWithdrawnKeysStopWorking() {
        LiveStream first = renditions.start(renditions.issue(7, r360), publisher()).orElseThrow();
        LiveStream second = renditions.start(renditions.issue(7, r360), publisher()).orElseThrow();
        assertThat(first.ended()).isTrue();
        assertThat(renditions.find(7, "360p").map(Renditions.Output::stream)).contains(second);
        String unused = renditions.issue(7, r180);
        renditions.withdraw(List.of(unused));
        assertThat(renditions.start(unused, publisher())).isEmpty();
        String cleared = renditions.issue(9, r180);
        renditions.clear(9);
        assertThat(renditions.start(cleared, publisher())).isEmpty();
    }
}
