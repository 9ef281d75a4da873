package dev.marquee.plugin.rtmp.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybackPathTest {

    @Test
    void readsStageTokenAndFile() {
        assertThat(PlaybackPath.parse("/12/1790000000.77.n0nce-_1.abc_DEF-9/live.flv"))
                .contains(new PlaybackPath(12, "1790000000.77.n0nce-_1.abc_DEF-9", "live.flv"));
        assertThat(PlaybackPath.parse("/12/1790000000.0.n0nce-_1.x/seg-42.ts")).map(PlaybackPath::file).contains("seg-42.ts");
    }

    @Test
    void acceptsTheLlHlsFiles() {
        for (String file : new String[] {"ll.m3u8", "ll-media.m3u8", "init-mk3x9a2b-0.mp4", "seg-mk3x9a2b-41.m4s",
            "part-mk3x9a2b-41.7.m4s"}) {
            assertThat(PlaybackPath.parse("/12/1790000000.77.n0nce-_1.abc/" + file)).map(PlaybackPath::file).contains(file);
        }
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/part-MK3-1.0.m4s")).as("stream ids are lower case").isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/part-mk3-1.m4s")).as("a part needs its index").isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/ll.m3u8?x")).isEmpty();
    }

    @Test
    void readsARenditionBetweenTokenAndFile() {
        assertThat(PlaybackPath.parse("/12/1790000000.77.n0nce-_1.abc/360p/live.flv"))
                .contains(new PlaybackPath(12, "1790000000.77.n0nce-_1.abc", "360p", "live.flv"));
        for (String file : new String[] {"index.m3u8", "seg-3.ts", "ll-media.m3u8", "part-mk3x9a2b-41.7.m4s"}) {
            assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/180p/" + file)).map(PlaybackPath::rendition).contains("180p");
        }
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/variants.m3u8")).map(PlaybackPath::file).contains("variants.m3u8");
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/360p/variants.m3u8")).as("renditions have media playlists only").isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/360p/ll.m3u8")).isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/360P/live.flv")).isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/a/b/live.flv")).isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/abcdefghijklm/live.flv")).as("names are 12 characters at most").isEmpty();
    }

    @Test
    void refusesAnythingElse() {
        assertThat(PlaybackPath.parse(null)).isEmpty();
        assertThat(PlaybackPath.parse("/12/live.flv")).isEmpty();
        assertThat(PlaybackPath.parse("/12/1790000000.abc/live.flv")).as("a token without its session").isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/../../etc/passwd")).isEmpty();
        assertThat(PlaybackPath.parse("/12/1.0.abcdefgh.x/other.txt")).isEmpty();
        assertThat(PlaybackPath.parse("/a/1.0.abcdefgh.x/live.flv")).isEmpty();
    }
}
