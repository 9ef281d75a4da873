package dev.marquee.plugin.rtmp.llhls;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file names of a stream's LL-HLS output, relative to the playlist: {@value #MULTIVARIANT} (the
 * address players are given), {@value #MEDIA} (the media playlist), and per stream
 * {@code init-<stream>-<version>.mp4}, {@code seg-<stream>-<msn>.m4s} and
 * {@code part-<stream>-<msn>.<part>.m4s}. The stream id makes every media address unique to one
 * publication, so a cache may keep it forever: a stage's next stream starts at sequence 0 again under
 * another id.
 */
public final class LlHlsNames {

    public static final String MULTIVARIANT = "ll.m3u8";
    public static final String MEDIA = "ll-media.m3u8";
    /** What {@code PlaybackPath} accepts as LL-HLS file names. */
    public static final String PATTERN = "ll\\.m3u8|ll-media\\.m3u8|init-[0-9a-z]{1,13}-\\d{1,9}\\.mp4"
            + "|seg-[0-9a-z]{1,13}-\\d{1,18}\\.m4s|part-[0-9a-z]{1,13}-\\d{1,18}\\.\\d{1,6}\\.m4s";

    private static final Pattern MEDIA_FILE =
            Pattern.compile("(init|seg|part)-([0-9a-z]{1,13})-(\\d{1,18})(?:\\.(\\d{1,6}))?\\.(mp4|m4s)");

    /** A media file's name taken apart. */
    public record MediaFile(Kind kind, String stream, long number, int part) {
        public enum Kind { INIT, SEGMENT, PART }
    }

    private LlHlsNames() {
    }

    static String init(String stream, int version) {
        return "init-" + stream + "-" + version + ".mp4";
    }

    static String segment(String stream, long sequence) {
        return "seg-" + stream + "-" + sequence + ".m4s";
    }

    static String part(String stream, long sequence, int index) {
        return "part-" + stream + "-" + sequence + "." + index + ".m4s";
    }

    /** The init segment, segment or part a file name stands for. */
    public static Optional<MediaFile> parse(String file) {
        Matcher m = MEDIA_FILE.matcher(file);
        if (!m.matches()) {
            return Optional.empty();
        }
        MediaFile.Kind kind = switch (m.group(1)) {
            case "init" -> MediaFile.Kind.INIT;
            case "seg" -> MediaFile.Kind.SEGMENT;
            default -> MediaFile.Kind.PART;
        };
        boolean hasPart = m.group(4) != null;
        if ((kind == MediaFile.Kind.PART) != hasPart || (kind == MediaFile.Kind.INIT) != "mp4".equals(m.group(5))) {
            return Optional.empty();
        }
        return Optional.of(new MediaFile(kind, m.group(2), Long.parseLong(m.group(3)),
                hasPart ? Integer.parseInt(m.group(4)) : -1));
    }
}
