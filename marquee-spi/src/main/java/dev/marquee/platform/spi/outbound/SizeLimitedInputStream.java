package dev.marquee.platform.spi.outbound;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Delivers at most a number of bytes, then fails instead of going on (an endless or huge response). */
final class SizeLimitedInputStream extends FilterInputStream {

    private final long max;
    private long read;

    SizeLimitedInputStream(InputStream in, long max) {
        super(in);
        if (max < 0) {
            throw new IllegalArgumentException("The limit must not be negative");
        }
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        if (read >= max) {
            return overLimit();
        }
        int b = super.read();
        if (b >= 0) {
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (read >= max) {
            return overLimit();
        }
        int n = super.read(buffer, offset, (int) Math.min(length, max - read));
        if (n > 0) {
            read += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, max - read));
        read += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** At the limit: fine if the stream ends here, an error if there is more. */
    private int overLimit() throws IOException {
        if (super.read() < 0) {
            return -1;
        }
        throw new IOException("the response is larger than " + max + " bytes");
    }
}
