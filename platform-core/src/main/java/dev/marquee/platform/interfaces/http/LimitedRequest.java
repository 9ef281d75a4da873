package dev.marquee.platform.interfaces.http;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body (of unknown length) is read through a {@link LimitedInputStream}, as bytes or as text. */
final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private final Runnable onExceeded;
    private LimitedInputStream body;
    private BufferedReader reader;

    LimitedRequest(HttpServletRequest request, long limit, Runnable onExceeded) {
        super(request);
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    boolean exceeded() {
        return body != null && body.exceeded();
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new LimitedInputStream(super.getInputStream(), limit, onExceeded);
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }
}
