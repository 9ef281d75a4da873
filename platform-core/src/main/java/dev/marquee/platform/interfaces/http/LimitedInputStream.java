package dev.marquee.platform.interfaces.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import java.io.IOException;

/**
 * A request body of unknown length (chunked), counted as it is read: the read that passes the limit
 * throws {@link BodyTooLargeException}, and so does every read after it, so nothing past the limit is
 * ever handed on. {@code onExceeded} runs once, on the first such read.
 */
final class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private final Runnable onExceeded;
    private long count;
    private BodyTooLargeException exceeded;

    LimitedInputStream(ServletInputStream in, long limit, Runnable onExceeded) {
        this.in = in;
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    /** Whether a read passed the limit. */
    boolean exceeded() {
        return exceeded != null;
    }

    @Override
    public int read() throws IOException {
        refuseIfExceeded();
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        refuseIfExceeded();
        if (length == 0) {
            return 0;
        }
        // Never more than one byte past the limit, so the limit is found without reading further.
        int allowed = (int) Math.min(length, limit - count + 1);
        int n = in.read(buffer, offset, Math.max(allowed, 1));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return exceeded() ? 0 : in.available();
    }

    @Override
    public boolean isFinished() {
        return exceeded() || in.isFinished();
    }

    @Override
    public boolean isReady() {
        return exceeded() || in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void counted(int n) throws BodyTooLargeException {
        count += n;
        if (count > limit) {
            exceeded = new BodyTooLargeException(limit);
            onExceeded.run();
            throw exceeded;
        }
    }

    private void refuseIfExceeded() throws BodyTooLargeException {
        if (exceeded != null) {
            throw new BodyTooLargeException(limit);
        }
    }
}
