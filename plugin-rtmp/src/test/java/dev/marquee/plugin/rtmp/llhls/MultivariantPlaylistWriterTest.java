package dev.marquee.plugin.rtmp.llhls;

import dev.marquee.plugin.rtmp.llhls.MultivariantPlaylistWriter.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MultivariantPlaylistWriterTest {

    @Test
    void listsTheSourceFirstThenEachRendition() {
        String text = MultivariantPlaylistWriter.render(List.of(
                new Variant("ll-media.m3u8", 3_300_000, "avc1.64001f,mp4a.40.2", 1280, 720),
                new Variant("360p/ll-media.m3u8", 985_600, "avc1.64001e,mp4a.40.2", 640, 360),
                new Variant("180p/ll-media.m3u8", 400_000, "avc1.64000c", 320, 180)), 6);
        assertThat(text).isEqualTo("#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n"
                + "#EXT-X-STREAM-INF:BANDWIDTH=3300000,CODECS=\"avc1.64001f,mp4a.40.2\",RESOLUTION=1280x720\nll-media.m3u8\n"
                + "#EXT-X-STREAM-INF:BANDWIDTH=985600,CODECS=\"avc1.64001e,mp4a.40.2\",RESOLUTION=640x360\n360p/ll-media.m3u8\n"
                + "#EXT-X-STREAM-INF:BANDWIDTH=400000,CODECS=\"avc1.64000c\",RESOLUTION=320x180\n180p/ll-media.m3u8\n");
    }

    @Test
    void leavesOutWhatIsNotKnown() {
        String text = MultivariantPlaylistWriter.render(List.of(new Variant("index.m3u8", 0, null, 0, 0)), 3);
        assertThat(text).isEqualTo("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-STREAM-INF:BANDWIDTH=1\nindex.m3u8\n");
    }
}
