package dev.marquee.plugin.rtmp.coach;

import dev.marquee.platform.spi.media.IngestWarning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a stream's measures into warnings, each with what viewers notice and the one-line OBS fix (with
 * the ffmpeg option). Most important first. A warning lasts while its measure is out of bounds over the
 * recent window and clears by itself when the encoder is fixed (a timestamp jump stays
 * {@value #JUMP_SHOWN_MILLIS} ms). Pure: the same measures give the same warnings.
 */
final class EncoderRules {

    /** How long a track may be silent, from the start of the stream too, before it counts as missing. */
    static final long MISSING_MILLIS = 5000;
    /** Slack over the keyframe limit for timestamp rounding (30 fps frames are 33 or 34 ms). */
    static final int KEYFRAME_SLACK_MILLIS = 100;
    /** Frame rate below this share of the announced one is a drop. */
    static final double FPS_DROP = 0.8;
    static final long FPS_WINDOW_MILLIS = 5000;
    static final long BITRATE_WINDOW_MILLIS = 10_000;
    static final long JUMP_SHOWN_MILLIS = 30_000;
    /** Every warning code, in the order warnings are listed. */
    static final List<String> CODES = List.of("no_video", "no_audio", "keyframe_interval", "b_frames",
            "frame_rate_drop", "bitrate_low", "bitrate_high", "audio_sample_rate", "audio_channels", "timestamp_jump");

    private EncoderRules() {
    }

    /**
     * @param window the stream's recent totals (not empty)
     * @param announced what the encoder said of its picture
     * @param nominalFps the frame rate the stream should have: the announced one, else the best measured
     */
    static List<IngestWarning> evaluate(IngestWindow window, Announced announced, double nominalFps,
                                        CoachSettings settings) {
        IngestTotals t = window.latest();
        List<IngestWarning> warnings = new ArrayList<>(4);
        boolean video = t.videoFrames() > 0 && t.at() - t.lastVideoAt() <= MISSING_MILLIS;
        boolean audio = t.audioFrames() > 0 && t.at() - t.lastAudioAt() <= MISSING_MILLIS;
        if (!video && t.age() >= MISSING_MILLIS) {
            warnings.add(new IngestWarning("no_video", "No video has arrived for 5 s: viewers see nothing.",
                    "Sources → add a Video Capture Device or Display Capture to the scene (ffmpeg: remove -vn)"));
        }
        if (!audio && t.age() >= MISSING_MILLIS) {
            warnings.add(new IngestWarning("no_audio", "No audio has arrived for 5 s: viewers hear nothing.",
                    "Audio Mixer → unmute the microphone; Settings → Audio → Mic/Auxiliary Audio: your microphone "
                            + "(ffmpeg: remove -an, add -c:a aac)"));
        }
        if (video) {
            keyframes(t, settings, nominalFps, warnings);
            if (settings.lowLatency() && window.growth(BITRATE_WINDOW_MILLIS, IngestTotals::reordered) > 0) {
                warnings.add(new IngestWarning("b_frames", "The stream has B-frames: low-latency playback (LL-HLS) "
                        + "has to wait for the reordered frames, so viewers are further behind.",
                        "Output → x264 Options: bframes=0 (NVENC: Max B-frames 0; ffmpeg: -bf 0)"));
            }
            frameRate(window, nominalFps, warnings);
            bitrate(window, announced, nominalFps, warnings);
        }
        if (audio) {
            audioFormat(t, warnings);
        }
        if (t.lastJumpAt() > 0 && t.at() - t.lastJumpAt() < JUMP_SHOWN_MILLIS) {
            warnings.add(new IngestWarning("timestamp_jump", String.format(Locale.ROOT,
                    "Timestamps jumped %s by %.1f s %d s ago: players may stall or skip.",
                    t.lastJumpMillis() < 0 ? "back" : "forward", Math.abs(t.lastJumpMillis()) / 1000.0,
                    (t.at() - t.lastJumpAt()) / 1000),
                    "Stop and start streaming; if it repeats, Settings → Advanced → Process Priority: Above Normal, "
                            + "and close what competes for the CPU"));
        }
        return warnings;
    }

    private static void keyframes(IngestTotals t, CoachSettings settings, double fps, List<IngestWarning> warnings) {
        int interval = t.keyframeInterval();
        int limit = settings.keyframeLimitMillis();
        if (interval <= limit + KEYFRAME_SLACK_MILLIS) {
            return;
        }
        String seen = t.lastGop() >= t.openGop()
                ? String.format(Locale.ROOT, "Keyframes come every %.1f s", t.lastGop() / 1000.0)
                : String.format(Locale.ROOT, "No keyframe for %.1f s", t.openGop() / 1000.0);
        String why = ": viewers wait up to that long to start, and " + (settings.lowLatency()
                ? "low-latency playback needs one at least every " : "players need one at least every ");
        int seconds = Math.max(1, limit / 1000);
        long gop = fps > 0 ? Math.round(fps * seconds) : 0;
        warnings.add(new IngestWarning("keyframe_interval", seen + why + format(limit / 1000.0) + " s.",
                "Output → Keyframe Interval: " + seconds + (gop > 0 ? " (ffmpeg: -g " + gop + ")" : " (ffmpeg: -g <"
                        + seconds + " × frame rate>)")));
    }

    private static void frameRate(IngestWindow window, double nominalFps, List<IngestWarning> warnings) {
        if (nominalFps <= 0 || window.covered(FPS_WINDOW_MILLIS) < FPS_WINDOW_MILLIS - 1000) {
            return;
        }
        double fps = window.perSecond(FPS_WINDOW_MILLIS, IngestTotals::videoFrames);
        if (fps < nominalFps * FPS_DROP) {
            warnings.add(new IngestWarning("frame_rate_drop", String.format(Locale.ROOT,
                    "Frames arrive at %.1f fps instead of %s: the encoder or the upload cannot keep up, and motion stutters.",
                    fps, format(nominalFps)),
                    "Output → Encoder Preset: a faster one (veryfast), or Video → Output (Scaled) Resolution: lower "
                            + "(ffmpeg: -preset veryfast)"));
        }
    }

    private static void bitrate(IngestWindow window, Announced announced, double fps, List<IngestWarning> warnings) {
        RecommendedBitrate range = RecommendedBitrate.of(announced.height(), fps);
        if (range == null || window.covered(BITRATE_WINDOW_MILLIS) < BITRATE_WINDOW_MILLIS - 2000) {
            return;
        }
        long kbps = Math.round(window.perSecond(BITRATE_WINDOW_MILLIS, IngestTotals::videoBytes) * 8 / 1000);
        String picture = announced.height() + "p" + (fps > 31 ? Math.round(fps) : "");
        boolean h264 = "h264".equals(CodecNames.video(window.latest().videoCodec()));
        if (kbps < range.minKbps() && h264) {
            warnings.add(new IngestWarning("bitrate_low", String.format(Locale.ROOT,
                    "Video arrives at %d kbit/s, below the %d–%d kbit/s recommended for %s: the picture turns to "
                            + "blocks in motion.", kbps, range.minKbps(), range.maxKbps(), picture),
                    "Output → Rate Control: CBR, Bitrate: " + range.suggestedKbps() + " Kbps (ffmpeg: -b:v "
                            + range.suggestedKbps() + "k -maxrate " + range.suggestedKbps() + "k)"));
        } else if (kbps > range.maxKbps()) {
            warnings.add(new IngestWarning("bitrate_high", String.format(Locale.ROOT,
                    "Video arrives at %d kbit/s, above the %d–%d kbit/s recommended for %s: viewers on slower "
                            + "connections stall.", kbps, range.minKbps(), range.maxKbps(), picture),
                    "Output → Bitrate: " + range.suggestedKbps() + " Kbps (ffmpeg: -b:v " + range.suggestedKbps()
                            + "k -maxrate " + range.suggestedKbps() + "k)"));
        }
    }

    private static void audioFormat(IngestTotals t, List<IngestWarning> warnings) {
        if (t.sampleRate() > 0 && t.sampleRate() != 44100 && t.sampleRate() != 48000) {
            warnings.add(new IngestWarning("audio_sample_rate", String.format(Locale.ROOT,
                    "Audio is sampled at %s kHz: browsers expect 44.1 or 48 kHz, and some resample it badly or "
                            + "play no sound.", format(t.sampleRate() / 1000.0)),
                    "Settings → Audio → Sample Rate: 48 kHz (ffmpeg: -ar 48000)"));
        }
        if (t.channels() > 2) {
            warnings.add(new IngestWarning("audio_channels", "Audio has " + t.channels() + " channels: browsers "
                    + "play stereo reliably; surround is dropped or mixed down badly.",
                    "Settings → Audio → Channels: Stereo (ffmpeg: -ac 2)"));
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
