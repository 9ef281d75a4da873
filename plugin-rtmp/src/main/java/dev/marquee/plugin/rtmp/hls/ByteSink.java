package dev.marquee.plugin.rtmp.hls;

import java.util.Arrays;

/**
 * A growable byte array that the muxer writes into and empties again, so that after the first
 * segments of a stream no buffer is allocated per frame. Not thread safe.
 */
final class ByteSink {

    private byte[] bytes;
    private int size;

    ByteSink(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    int size() {
        return size;
    }

    /** The backing array; valid up to {@link #size()} until the next write. */
    byte[] array() {
        return bytes;
    }

    void reset() {
        size = 0;
    }

    /** Makes room for {@code count} more bytes and returns the offset to write them at. */
    int reserve(int count) {
        int offset = size;
        int needed = size + count;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
        size = needed;
        return offset;
    }

    void write(int b) {
        int at = reserve(1); // before reading the field: reserving may replace the array
        bytes[at] = (byte) b;
    }

    void write(byte[] source, int offset, int length) {
        int at = reserve(length);
        System.arraycopy(source, offset, bytes, at, length);
    }

    void write(byte[] source) {
        write(source, 0, source.length);
    }

    /** A copy of the content: the immutable bytes a segment is served from. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
