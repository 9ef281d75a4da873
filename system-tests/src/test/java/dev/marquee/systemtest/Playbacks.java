package dev.marquee.systemtest;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a playback answer and what ffprobe saw of it. */
final class Playbacks {

    private Playbacks() {
    }

    /** The URL of the playback's source of {@code type} ({@code http-flv}, {@code hls}, ...). */
    static String source(JsonNode playback, String type) {
        for (JsonNode s : playback.path("sources")) {
            if (type.equals(s.path("type").asText())) {
                return s.path("url").asText();
            }
        }
        throw new AssertionError("no " + type + " source in " + playback);
    }

    /** ffprobe found H.264 video of the test camera's width. */
    static void assertH264(JsonNode probe) {
        boolean video = false;
        for (JsonNode s : probe.path("streams")) {
            video |= "h264".equals(s.path("codec_name").asText()) && s.path("width").asInt() == Ffmpeg.WIDTH;
        }
        assertThat(video).as("H.264 %dx%d in %s", Ffmpeg.WIDTH, Ffmpeg.HEIGHT, probe).isTrue();
    }
}
