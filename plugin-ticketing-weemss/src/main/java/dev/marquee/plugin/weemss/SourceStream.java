package dev.marquee.plugin.weemss;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of an export or upload, with every failure of the underlying stream (a dropped connection,
 * a timeout, a malformed chunk, a size cap) turned into a {@link Broken} with a fixed message: the
 * original message may quote what the server sent, and it goes to the log only as the cause.
 */
final class SourceStream extends FilterInputStream {

    /** The source stopped delivering; the message is always the same. */
    static final class Broken extends IOException {
        Broken(IOException cause) {
            super("the data stopped arriving or was cut off (connection lost, timed out or too large)", cause);
        }
    }

    SourceStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw new Broken(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw new Broken(e);
        }
    }

    /** Closing frees the connection; a failure to do so changes nothing for the import. */
    @Override
    public void close() {
        try {
            super.close();
        } catch (IOException e) {
            // the connection is dropped either way
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw new Broken(e);
        }
    }
}
