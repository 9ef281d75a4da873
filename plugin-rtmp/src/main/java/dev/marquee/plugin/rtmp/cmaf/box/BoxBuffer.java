package dev.marquee.plugin.rtmp.cmaf.box;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable big-endian byte buffer that ISO-BMFF boxes (ISO/IEC 14496-12, 4.2) are written into:
 * {@link #open} writes a box header with a placeholder size and {@link #close} patches the size in
 * once the box's content is known, so nested boxes are written in one pass. Reused from part to part:
 * {@link #reset} keeps the array. Not thread safe.
 */
public final class BoxBuffer {

    private static final int MAX_DEPTH = 16;

    private byte[] bytes;
    private int size;
    private final int[] open = new int[MAX_DEPTH];
    private int depth;

    public BoxBuffer(int initialCapacity) {
        bytes = new byte[Math.max(64, initialCapacity)];
    }

    public int size() {
        return size;
    }

    public void reset() {
        size = 0;
        depth = 0;
    }

    /** Starts a box of {@code type} (four ASCII characters); its size is written by {@link #close}. */
    public BoxBuffer open(String type) {
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("boxes nested too deep");
        }
        open[depth++] = size;
        u32(0);
        fourCc(type);
        return this;
    }

    /** Starts a full box: a box whose content begins with a version byte and 24 bits of flags. */
    public BoxBuffer openFull(String type, int version, int flags) {
        open(type);
        u8(version);
        u24(flags);
        return this;
    }

    /** Ends the innermost open box, writing its size. */
    public BoxBuffer close() {
        if (depth == 0) {
            throw new IllegalStateException("no open box");
        }
        int start = open[--depth];
        putU32(start, size - start);
        return this;
    }

    public BoxBuffer u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    public BoxBuffer u16(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
        return this;
    }

    public BoxBuffer u24(int value) {
        ensure(3);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
        return this;
    }

    public BoxBuffer u32(long value) {
        ensure(4);
        putU32(size, value);
        size += 4;
        return this;
    }

    public BoxBuffer u64(long value) {
        u32(value >>> 32);
        return u32(value & 0xffffffffL);
    }

    public BoxBuffer zeros(int count) {
        ensure(count);
        Arrays.fill(bytes, size, size + count, (byte) 0);
        size += count;
        return this;
    }

    public BoxBuffer fourCc(String code) {
        byte[] ascii = code.getBytes(StandardCharsets.US_ASCII);
        if (ascii.length != 4) {
            throw new IllegalArgumentException("not a four-character code: " + code);
        }
        return bytes(ascii, 0, 4);
    }

    public BoxBuffer bytes(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
        return this;
    }

    public BoxBuffer bytes(byte[] source) {
        return bytes(source, 0, source.length);
    }

    /** Overwrites four bytes already written (a data offset known only once the box is complete). */
    public void putU32(int at, long value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    /** A copy of what was written: the immutable bytes that are served and stored. */
    public byte[] toByteArray() {
        if (depth != 0) {
            throw new IllegalStateException(depth + " boxes still open");
        }
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int count) {
        if (size + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + count, bytes.length * 2));
        }
    }
}
