package dev.marquee.plugin.rtmp.abr;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranscoderCommandTest {

    private static Ladder ladder(String encoder) throws Ladder.Invalid {
        return Ladder.parse(List.of(new Ladder.Input("360p", 360, 800, 96), new Ladder.Input("180p", 180, 300, 64)),
                encoder, "ultrafast", 4);
    }

    @Test
    void readsStdinAndPublishesEachRenditionToItsAddress() throws Exception {
        List<String> args = TranscoderCommand.of("/usr/bin/ffmpeg", ladder("libx264"), 2,
                Map.of("360p", "rtmp://127.0.0.1:1935/live/abr-one", "180p", "rtmp://127.0.0.1:1935/live/abr-two"));
        String line = String.join(" ", args);
        assertThat(args.get(0)).isEqualTo("/usr/bin/ffmpeg");
        assertThat(line).startsWith("/usr/bin/ffmpeg -hide_banner -loglevel error -nostats -fflags +genpts -f flv -i pipe:0 ");
        assertThat(line).contains("-vf scale=-2:'min(360,ih)' -pix_fmt yuv420p -c:v libx264 -preset ultrafast -tune zerolatency "
                + "-b:v 800k -maxrate 800k -bufsize 1600k -force_key_frames expr:gte(t,n_forced*2) -c:a aac -b:a 96k "
                + "-f flv rtmp://127.0.0.1:1935/live/abr-one");
        assertThat(line).endsWith("-b:v 300k -maxrate 300k -bufsize 600k -force_key_frames expr:gte(t,n_forced*2) "
                + "-c:a aac -b:a 64k -f flv rtmp://127.0.0.1:1935/live/abr-two");
        assertThat(args.stream().filter("0:a:0?"::equals)).as("audio is optional").hasSize(2);
    }

    @Test
    void aHardwareEncoderGetsNoX264Options() throws Exception {
        List<String> args = TranscoderCommand.of("ffmpeg", ladder("h264_nvenc"), 2,
                Map.of("360p", "rtmp://a/live/x", "180p", "rtmp://a/live/y"));
        assertThat(args).contains("h264_nvenc").doesNotContain("-preset", "-tune", "libx264");
    }

    @Test
    void everyRenditionNeedsAnAddress() throws Exception {
        Ladder ladder = ladder("libx264");
        assertThatThrownBy(() -> TranscoderCommand.of("ffmpeg", ladder, 2, Map.of("360p", "rtmp://a/live/x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
