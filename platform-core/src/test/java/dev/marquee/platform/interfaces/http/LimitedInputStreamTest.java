package dev.marquee.platform.interfaces.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitedInputStreamTest {

    private final AtomicInteger exceeded = new AtomicInteger();

    private LimitedInputStream limited(int size, long limit) {
        return new LimitedInputStream(new Bytes(new byte[size]), limit, exceeded::incrementAndGet);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        LimitedInputStream in = limited(100, 100);
        assertThat(in.readAllBytes()).hasSize(100);
        assertThat(in.exceeded()).isFalse();
        assertThat(exceeded).hasValue(0);
    }

    @Test
    void theReadPassingTheLimitFailsAndSoDoesEveryLaterOne() throws IOException {
        LimitedInputStream in = limited(10_000, 100);
        byte[] buffer = new byte[4096];
        assertThat(in.read(buffer, 0, 60)).isEqualTo(60);
        // Asks the container for at most one byte past the limit: 41 here, not 4096.
        assertThatThrownBy(() -> in.read(buffer, 0, buffer.length)).isInstanceOf(BodyTooLargeException.class)
                .hasMessageContaining("larger than 100 bytes");
        assertThat(in.exceeded()).isTrue();
        assertThatThrownBy(in::read).isInstanceOf(BodyTooLargeException.class);
        assertThat(in.isFinished()).isTrue();
        assertThat(exceeded).as("told once").hasValue(1);
    }

    @Test
    void aReadOfNothingReadsNothing() throws IOException {
        // InputStream.readAllBytes asks for 0 bytes once its first 8 KiB buffer is full: a body over 8 KiB
        // was answered with a 500 before (a byte written past the buffer's end).
        LimitedInputStream in = limited(20_000, 1_000_000);
        byte[] buffer = new byte[8];
        assertThat(in.read(buffer, 8, 0)).isZero();
        assertThat(in.readAllBytes()).hasSize(20_000);
    }

    @Test
    void singleByteReadsCountToo() throws IOException {
        LimitedInputStream in = limited(10, 3);
        in.read();
        in.read();
        in.read();
        assertThatThrownBy(in::read).isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void theCauseIsFoundThroughWrappers() {
        BodyTooLargeException cause = new BodyTooLargeException(5);
        RuntimeException wrapped = new IllegalStateException(new RuntimeException("json", cause));
        assertThat(BodyTooLargeException.in(wrapped)).isSameAs(cause);
        assertThat(BodyTooLargeException.in(new RuntimeException("other"))).isNull();
    }

    /** A servlet stream over bytes. */
    private static final class Bytes extends ServletInputStream {
        private final ByteArrayInputStream in;

        Bytes(byte[] bytes) {
            in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
        }
    }
}
