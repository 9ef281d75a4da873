package dev.marquee.plugin.rtmp.testsupport;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads an FLV file (Adobe FLV spec, annex E) into the packets an RTMP publisher would have sent:
 * each tag's type, 32-bit timestamp (24 bits plus the extended byte) and body. For tests only:
 * it reads the whole file into memory and fails on anything unexpected.
 */
public final class FlvFileReader {

    private static final int FILE_HEADER_SIZE = 9;
    private static final int TAG_HEADER_SIZE = 11;
    private static final int PREVIOUS_TAG_SIZE = 4;

    private FlvFileReader() {
    }

    public static List<MediaPacket> read(Path file) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(file));
        if (data.remaining() < FILE_HEADER_SIZE || data.get(0) != 'F' || data.get(1) != 'L' || data.get(2) != 'V') {
            throw new IOException(file + " is not an FLV file");
        }
        data.position(data.getInt(5) + PREVIOUS_TAG_SIZE);
        List<MediaPacket> packets = new ArrayList<>();
        while (data.remaining() >= TAG_HEADER_SIZE) {
            int start = data.position();
            int type = data.get(start) & 0x1f;
            int size = unsigned24(data, start + 1);
            int timestamp = unsigned24(data, start + 4) | ((data.get(start + 7) & 0xff) << 24);
            int bodyStart = start + TAG_HEADER_SIZE;
            if (bodyStart + size > data.limit()) {
                throw new IOException("truncated FLV tag at offset " + start);
            }
            byte[] body = Arrays.copyOfRange(data.array(), bodyStart, bodyStart + size);
            kind(type).ifPresent(kind -> packets.add(new MediaPacket(kind, timestamp, body)));
            data.position(Math.min(data.limit(), bodyStart + size + PREVIOUS_TAG_SIZE));
        }
        return packets;
    }

    private static Optional<MediaPacket.Kind> kind(int tagType) {
        for (MediaPacket.Kind kind : MediaPacket.Kind.values()) {
            if (kind.tagType() == tagType) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static int unsigned24(ByteBuffer data, int offset) {
        return ((data.get(offset) & 0xff) << 16) | ((data.get(offset + 1) & 0xff) << 8) | (data.get(offset + 2) & 0xff);
    }
}
