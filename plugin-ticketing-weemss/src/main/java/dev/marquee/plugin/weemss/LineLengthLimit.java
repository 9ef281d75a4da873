package dev.marquee.plugin.weemss;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses input with a line longer than a limit, so that a broken or hostile export (one endless
 * field) cannot make the CSV parser buffer it whole in memory.
 */
final class LineLengthLimit extends FilterReader {

    /** A line over the limit; the message gives its number and the limit, nothing of its content. */
    static final class TooLong extends IOException {
        TooLong(long line, int max) {
            super("line " + line + " is longer than " + max + " characters");
        }
    }

    private final int max;
    private long line = 1;
    private int length;

    LineLengthLimit(Reader in, int max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int len) throws IOException {
        int n = super.read(buffer, offset, len);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws IOException {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > max) {
            throw new TooLong(line, max);
        }
    }
}
