package dev.marquee.plugin.rtmp.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.util.ResourceLeakDetector;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Byte fixtures written as hex, and the leak-detection setting the codec tests run with. */
public final class TestBytes {

    static {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    private TestBytes() {
    }

    /** Call from a {@code @BeforeAll}: PARANOID leak detection for every buffer. */
    public static void paranoidLeakDetection() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    /** Concatenates parts: a String is hex (spaces ignored), a byte[] is taken as is. */
    public static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String hex) {
                out.writeBytes(ByteBufUtil.decodeHexDump(hex.replace(" ", "")));
            } else if (part instanceof byte[] raw) {
                out.writeBytes(raw);
            } else {
                throw new IllegalArgumentException("not a fixture part: " + part);
            }
        }
        return out.toByteArray();
    }

    public static ByteBuf buf(Object... parts) {
        return Unpooled.wrappedBuffer(bytes(parts));
    }

    /** {@code count} bytes of {@code value}. */
    public static byte[] filled(int count, int value) {
        byte[] b = new byte[count];
        Arrays.fill(b, (byte) value);
        return b;
    }

    /** The readable bytes of {@code buf}, which is released. */
    public static byte[] drain(ByteBuf buf) {
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }
}
