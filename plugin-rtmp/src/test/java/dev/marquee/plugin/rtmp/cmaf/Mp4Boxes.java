package dev.marquee.plugin.rtmp.cmaf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A minimal ISO-BMFF reader for tests: walks boxes and reads the fields the packager writes. */
public final class Mp4Boxes {

    public record Box(String type, int offset, int size) {
        public int contentOffset() {
            return offset + 8;
        }
    }

    private static final java.util.Set<String> CONTAINERS =
            java.util.Set.of("moov", "trak", "mdia", "minf", "stbl", "mvex", "moof", "traf", "dinf");

    private Mp4Boxes() {
    }

    /** The top-level boxes of {@code bytes}, checking that their sizes add up exactly. */
    public static List<Box> top(byte[] bytes) {
        return children(bytes, 0, bytes.length);
    }

    public static List<Box> children(byte[] bytes, int from, int to) {
        List<Box> boxes = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int at = from;
        while (at < to) {
            int size = b.getInt(at);
            String type = new String(bytes, at + 4, 4, StandardCharsets.US_ASCII);
            if (size < 8 || at + size > to) {
                throw new AssertionError("box " + type + " at " + at + " has size " + size + " past " + to);
            }
            boxes.add(new Box(type, at, size));
            at += size;
        }
        return boxes;
    }

    /** Every box whose path from the top is {@code path} (e.g. {@code moof/traf/tfdt}). */
    public static List<Box> find(byte[] bytes, String path) {
        List<Box> level = top(bytes);
        String[] names = path.split("/");
        for (int i = 0; i < names.length; i++) {
            List<Box> matched = new ArrayList<>();
            for (Box box : level) {
                if (box.type().equals(names[i])) {
                    matched.add(box);
                }
            }
            if (i == names.length - 1) {
                return matched;
            }
            level = new ArrayList<>();
            for (Box box : matched) {
                if (!CONTAINERS.contains(box.type())) {
                    throw new AssertionError(box.type() + " is not a container here");
                }
                level.addAll(children(bytes, box.contentOffset(), box.offset() + box.size()));
            }
        }
        return level;
    }

    /** The tfdt of each traf of a fragment: {track id, base media decode time}. */
    public static List<long[]> decodeTimes(byte[] fragment) {
        List<long[]> times = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(fragment);
        for (Box traf : find(fragment, "moof/traf")) {
            long trackId = 0;
            long time = 0;
            for (Box child : children(fragment, traf.contentOffset(), traf.offset() + traf.size())) {
                if (child.type().equals("tfhd")) {
                    trackId = b.getInt(child.contentOffset() + 4);
                } else if (child.type().equals("tfdt")) {
                    time = b.getLong(child.contentOffset() + 4);
                }
            }
            times.add(new long[] {trackId, time});
        }
        return times;
    }

    /** The sum of the trun sample durations of one track in a fragment. */
    public static long duration(byte[] fragment, int trackId) {
        ByteBuffer b = ByteBuffer.wrap(fragment);
        for (Box traf : find(fragment, "moof/traf")) {
            List<Box> kids = children(fragment, traf.contentOffset(), traf.offset() + traf.size());
            if (b.getInt(kids.get(0).contentOffset() + 4) != trackId) {
                continue;
            }
            Box trun = kids.stream().filter(k -> k.type().equals("trun")).findFirst().orElseThrow();
            int flags = b.getInt(trun.contentOffset()) & 0xffffff;
            int count = b.getInt(trun.contentOffset() + 4);
            int at = trun.contentOffset() + 8 + ((flags & 1) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 4 : 0);
            int fields = Integer.bitCount(flags & 0xf00);
            long total = 0;
            for (int i = 0; i < count; i++) {
                total += b.getInt(at) & 0xffffffffL;
                at += 4 * fields;
            }
            return total;
        }
        return 0;
    }
}
