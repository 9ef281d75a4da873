package dev.marquee.plugin.rtmp.cmaf;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the video samples of a fragmented MP4 that ffmpeg wrote ({@code -movflags
 * frag_keyframe+empty_moov+default_base_moof}, one video track): the decoder configuration record of
 * its sample entry, the timescale, and each sample's decode and composition times and bytes. A test's
 * way to an enhanced-RTMP stream, which this ffmpeg cannot write.
 */
final class FragmentedMp4Samples {

    record Sample(long decodeTime, int compositionOffset, boolean keyframe, byte[] data) {
    }

    final byte[] decoderConfig;
    final long timescale;
    final List<Sample> samples = new ArrayList<>();

    FragmentedMp4Samples(byte[] file, String configType) {
        ByteBuffer b = ByteBuffer.wrap(file);
        Mp4Boxes.Box mdhd = Mp4Boxes.find(file, "moov/trak/mdia/mdhd").get(0);
        timescale = b.getInt(mdhd.contentOffset() + 4 + (file[mdhd.contentOffset()] == 1 ? 16 : 8)) & 0xffffffffL;
        int at = indexOf(file, configType);
        int size = b.getInt(at - 4);
        decoderConfig = Arrays.copyOfRange(file, at + 4, at - 4 + size);
        for (Mp4Boxes.Box moof : Mp4Boxes.find(file, "moof")) {
            List<Mp4Boxes.Box> traf = Mp4Boxes.children(file, moof.contentOffset(), moof.offset() + moof.size());
            Mp4Boxes.Box trafBox = traf.stream().filter(x -> x.type().equals("traf")).findFirst().orElseThrow();
            long decodeTime = 0;
            int defaultDuration = 0;
            int defaultSize = 0;
            Mp4Boxes.Box trun = null;
            for (Mp4Boxes.Box child : Mp4Boxes.children(file, trafBox.contentOffset(), trafBox.offset() + trafBox.size())) {
                int c = child.contentOffset();
                switch (child.type()) {
                    case "tfhd" -> {
                        int flags = b.getInt(c) & 0xffffff;
                        int p = c + 8 + ((flags & 1) != 0 ? 8 : 0) + ((flags & 2) != 0 ? 4 : 0);
                        if ((flags & 8) != 0) {
                            defaultDuration = b.getInt(p);
                            p += 4;
                        }
                        if ((flags & 0x10) != 0) {
                            defaultSize = b.getInt(p);
                        }
                    }
                    case "tfdt" -> decodeTime = file[c] == 1 ? b.getLong(c + 4) : b.getInt(c + 4) & 0xffffffffL;
                    case "trun" -> trun = child;
                    default -> { }
                }
            }
            int c = trun.contentOffset();
            int flags = b.getInt(c) & 0xffffff;
            int count = b.getInt(c + 4);
            int p = c + 8;
            int dataAt = moof.offset() + ((flags & 1) != 0 ? b.getInt(p) : 0);
            p += (flags & 1) != 0 ? 4 : 0;
            p += (flags & 4) != 0 ? 4 : 0;
            for (int i = 0; i < count; i++) {
                int duration = defaultDuration;
                int sampleSize = defaultSize;
                int composition = 0;
                if ((flags & 0x100) != 0) {
                    duration = b.getInt(p);
                    p += 4;
                }
                if ((flags & 0x200) != 0) {
                    sampleSize = b.getInt(p);
                    p += 4;
                }
                p += (flags & 0x400) != 0 ? 4 : 0;
                if ((flags & 0x800) != 0) {
                    composition = b.getInt(p);
                    p += 4;
                }
                samples.add(new Sample(decodeTime, composition, i == 0, Arrays.copyOfRange(file, dataAt, dataAt + sampleSize)));
                dataAt += sampleSize;
                decodeTime += duration;
            }
        }
    }

    private static int indexOf(byte[] file, String type) {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i < file.length - 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (file[i + j] != name[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no " + type + " box");
    }
}
