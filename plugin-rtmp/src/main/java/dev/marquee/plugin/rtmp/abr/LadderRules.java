package dev.marquee.plugin.rtmp.abr;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a ladder may hold. Every value ends up as an argument of the ffmpeg child process, so each is checked
 * against a narrow pattern or range here and never passed on as the organizer typed it: names are short
 * lowercase words, numbers are numbers within bounds, the encoder and preset come from fixed shapes.
 */
public final class LadderRules {

    public static final Pattern NAME = Pattern.compile("[a-z0-9]{1,12}");
    /** libx264, or a hardware H.264 encoder of ffmpeg's ({@code h264_nvenc}, {@code h264_qsv}, {@code h264_vaapi}, ...). */
    public static final Pattern ENCODER = Pattern.compile("libx264|h264_[a-z0-9]{2,16}");
    /** x264's presets (applied to libx264 only; hardware encoders keep their own default). */
    public static final List<String> PRESETS = List.of("ultrafast", "superfast", "veryfast", "faster", "fast", "medium");
    public static final int MIN_HEIGHT = 144;
    public static final int MAX_HEIGHT = 2160;
    public static final int MIN_VIDEO_KBPS = 100;
    public static final int MAX_VIDEO_KBPS = 20_000;
    public static final int MIN_AUDIO_KBPS = 32;
    public static final int MAX_AUDIO_KBPS = 320;

    private LadderRules() {
    }

    static Optional<String> name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.of("A name of 1 to 12 lowercase letters and digits, e.g. 720p");
        }
        return Optional.empty();
    }

    static Optional<String> height(Integer height) {
        if (height == null || height < MIN_HEIGHT || height > MAX_HEIGHT || height % 2 != 0) {
            return Optional.of("An even height from " + MIN_HEIGHT + " to " + MAX_HEIGHT + " pixels");
        }
        return Optional.empty();
    }

    static Optional<String> videoKbps(Integer kbps) {
        if (kbps == null || kbps < MIN_VIDEO_KBPS || kbps > MAX_VIDEO_KBPS) {
            return Optional.of("A video bitrate from " + MIN_VIDEO_KBPS + " to " + MAX_VIDEO_KBPS + " kbit/s");
        }
        return Optional.empty();
    }

    static Optional<String> audioKbps(Integer kbps) {
        if (kbps == null || kbps < MIN_AUDIO_KBPS || kbps > MAX_AUDIO_KBPS) {
            return Optional.of("An audio bitrate from " + MIN_AUDIO_KBPS + " to " + MAX_AUDIO_KBPS + " kbit/s");
        }
        return Optional.empty();
    }

    static Optional<String> encoder(String encoder) {
        if (encoder == null || !ENCODER.matcher(encoder).matches()) {
            return Optional.of("libx264, or an H.264 hardware encoder of ffmpeg such as h264_nvenc");
        }
        return Optional.empty();
    }

    static Optional<String> preset(String preset) {
        if (preset == null || !PRESETS.contains(preset)) {
            return Optional.of("One of " + String.join(", ", PRESETS));
        }
        return Optional.empty();
    }
}
