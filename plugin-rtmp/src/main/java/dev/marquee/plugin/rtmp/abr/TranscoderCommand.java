package dev.marquee.plugin.rtmp.abr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ffmpeg command line of one live stream's transcoder: the source read as FLV from standard input, then
 * per rendition the first video stream scaled to the rendition's height (never above the source's, the width
 * keeping the aspect ratio), encoded with the ladder's encoder at a capped bitrate with a keyframe every
 * {@code keyframeSeconds} (so every rendition's segments line up with the source's), the first audio stream
 * (if any) as AAC, and published as FLV to its internal RTMP address. Built only from a checked {@link Ladder}
 * and addresses Marquee made: no organizer text reaches it unchecked, and no shell ever sees it.
 */
public final class TranscoderCommand {

    private TranscoderCommand() {
    }

    /**
     * @param outputs the internal publish address of each rendition, by name
     */
    public static List<String> of(String ffmpeg, Ladder ladder, int keyframeSeconds, Map<String, String> outputs) {
        List<String> args = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-nostats",
                "-fflags", "+genpts", "-f", "flv", "-i", "pipe:0"));
        for (Rendition r : ladder.renditions()) {
            String output = outputs.get(r.name());
            if (output == null) {
                throw new IllegalArgumentException("No output for rendition " + r.name());
            }
            args.addAll(List.of("-map", "0:v:0", "-map", "0:a:0?",
                    "-vf", "scale=-2:'min(" + r.height() + ",ih)'", "-pix_fmt", "yuv420p",
                    "-c:v", ladder.encoder()));
            if (Ladder.DEFAULT_ENCODER.equals(ladder.encoder())) {
                args.addAll(List.of("-preset", ladder.preset(), "-tune", "zerolatency"));
            }
            args.addAll(List.of("-b:v", r.videoKbps() + "k", "-maxrate", r.videoKbps() + "k",
                    "-bufsize", (2 * r.videoKbps()) + "k",
                    "-force_key_frames", "expr:gte(t,n_forced*" + keyframeSeconds + ")",
                    "-c:a", "aac", "-b:a", r.audioKbps() + "k", "-f", "flv", output));
        }
        return List.copyOf(args);
    }
}
