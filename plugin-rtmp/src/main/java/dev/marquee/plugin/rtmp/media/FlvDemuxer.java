package dev.marquee.plugin.rtmp.media;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads an FLV stream (what {@link FlvFormat} writes, and what HTTP-FLV servers send) back into
 * packets: the header ({@code FLV}, version 1, flags, the header's length), then
 * {@code PreviousTagSize0}, then tags: type (low 5 bits: 8 audio, 9 video, 18 script data; a set
 * filter bit means encrypted, refused), a 24-bit body size, a 24-bit timestamp with an extended
 * byte above it, a 24-bit stream id, the body and the tag's size. Each tag's body is exactly the
 * {@link MediaPacket} body the RTMP side carries. Blocking: reads from the stream as it comes.
 * Bounded: a tag larger than {@code maxTagBytes} is refused before anything is allocated, so a
 * broken or hostile source costs at most one tag of memory.
 */
public final class FlvDemuxer {

    /**
     * The default bound on one tag's body: 8 MiB, more than any real frame (a 4K keyframe at 50 Mbit/s is
     * a few MiB), half of what the 24-bit size field could claim.
     */
    public static final int DEFAULT_MAX_TAG_BYTES = 8 * 1024 * 1024;

    private static final int TAG_HEADER = 11;
    private static final int MAX_HEADER_LENGTH = 1024;
    private static final int FILTER_BIT = 0x20;

    /** The bytes are not an FLV stream Marquee can read. */
    public static final class MalformedFlv extends IOException {
        public MalformedFlv(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final int maxTagBytes;
    private final byte[] header = new byte[TAG_HEADER];
    private boolean headerRead;

    public FlvDemuxer(InputStream in, int maxTagBytes) {
        this.in = in;
        this.maxTagBytes = maxTagBytes;
    }

    /** Reads and checks the file header and {@code PreviousTagSize0}; {@link #next()} does it when needed. */
    public void readHeader() throws IOException {
        if (headerRead) {
            return;
        }
        byte[] start = new byte[9];
        if (!readFully(start, 9, true)) {
            throw new EOFException("The FLV stream is empty");
        }
        if (start[0] != 'F' || start[1] != 'L' || start[2] != 'V') {
            throw new MalformedFlv("Not an FLV stream (no FLV signature)");
        }
        if (start[3] != 1) {
            throw new MalformedFlv("Unsupported FLV version " + (start[3] & 0xff));
        }
        long length = u32(start, 5);
        if (length < 9 || length > MAX_HEADER_LENGTH) {
            throw new MalformedFlv("Implausible FLV header length " + length);
        }
        skipFully(length - 9);
        byte[] previous = new byte[4];
        readFully(previous, 4, false);
        headerRead = true;
    }

    /**
     * The next audio, video or script-data packet, or empty at the end of the stream (which may
     * only end between tags). Tags of other types are skipped.
     */
    public Optional<MediaPacket> next() throws IOException {
        readHeader();
        while (true) {
            if (!readFully(header, TAG_HEADER, true)) {
                return Optional.empty();
            }
            int type = header[0] & 0xff;
            if ((type & FILTER_BIT) != 0) {
                throw new MalformedFlv("Encrypted (filtered) FLV tags are not supported");
            }
            type &= 0x1f;
            int size = u24(header, 1);
            if (size > maxTagBytes) {
                throw new MalformedFlv("FLV tag of " + size + " bytes is larger than " + maxTagBytes);
            }
            int timestamp = u24(header, 4) | ((header[7] & 0xff) << 24);
            byte[] body = new byte[size];
            readFully(body, size, false);
            byte[] trailer = new byte[4];
            readFully(trailer, 4, false);
            if (u32(trailer, 0) != TAG_HEADER + size) {
                throw new MalformedFlv("FLV tag size " + u32(trailer, 0) + " does not match its header ("
                        + (TAG_HEADER + size) + ")");
            }
            MediaPacket.Kind kind = switch (type) {
                case 8 -> MediaPacket.Kind.AUDIO;
                case 9 -> MediaPacket.Kind.VIDEO;
                case 18 -> MediaPacket.Kind.DATA;
                default -> null;
            };
            if (kind != null) {
                return Optional.of(new MediaPacket(kind, timestamp, body));
            }
        }
    }

    /** Reads {@code length} bytes; false at a clean end of stream before the first byte when allowed. */
    private boolean readFully(byte[] into, int length, boolean endAllowed) throws IOException {
        int at = 0;
        while (at < length) {
            int n = in.read(into, at, length - at);
            if (n < 0) {
                if (at == 0 && endAllowed) {
                    return false;
                }
                throw new EOFException("The FLV stream ended inside a tag (" + at + " of " + length + " bytes)");
            }
            at += n;
        }
        return true;
    }

    private void skipFully(long bytes) throws IOException {
        byte[] skip = new byte[(int) bytes];
        readFully(skip, skip.length, false);
    }

    private static int u24(byte[] b, int at) {
        return ((b[at] & 0xff) << 16) | ((b[at + 1] & 0xff) << 8) | (b[at + 2] & 0xff);
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
