package dev.marquee.plugin.rtmp.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.function.LongConsumer;

/** A response that reports the bytes written to its output stream (an HLS viewer's share of the traffic). */
final class CountingResponse extends HttpServletResponseWrapper {

    private final LongConsumer sent;
    private ServletOutputStream counting;

    CountingResponse(HttpServletResponse response, LongConsumer sent) {
        super(response);
        this.sent = sent;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (counting == null) {
            ServletOutputStream out = super.getOutputStream();
            counting = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    sent.accept(1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    sent.accept(len);
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        }
        return counting;
    }
}
