package dev.marquee.plugin.rtmp.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybackPathTest {

    @Test
    void readsStageTokenAndFile() {
        assertThat(PlaybackPath.parse("/12/1790000000.77.abc_DEF-9/live.flv"))
                .contains(new PlaybackPath(12, "1790000000.77.abc_DEF-9", "live.flv"));
        assertThat(PlaybackPath.parse("/12/1790000000.0.x/seg-42.ts")).map(PlaybackPath::file).contains("seg-42.ts");
    }

    @Test
    void acceptsTheLlHlsFiles() {
        for (String file : new String[] {"ll.m3u8", "ll-media.m3u8", "init-mk3x9a2b-0.mp4", "seg-mk3x9a2b-41.m4s",
            "part-mk3x9a2b-41.7.m4s"}) {
            assertThat(PlaybackPath.parse("/12/1790000000.77.abc/" + file)).map(PlaybackPath::file).contains(file);
        }
        assertThat(PlaybackPath.parse("/12/1.0.x/part-MK3-1.0.m4s")).as("stream ids are lower case").isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.x/part-mk3-1.m4s")).as("a part needs its index").isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.x/ll.m3u8?x")).isEmpty();
    }

    @Test
    void refusesAnythingElse() {
        assertThat(PlaybackPath.parse(null)).isEmpty();
        assertThat(PlaybackPath.parse("/12/live.flv")).isEmpty();
        assertThat(PlaybackPath.parse("/12/1790000000.abc/live.flv")).as("a token without its session").isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.x/../../etc/passwd")).isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.x/other.txt")).isEmpty();
        assertThat(PlaybackPath.parse("/a/1.0.x/live.flv")).isEmpty();
    }
}
