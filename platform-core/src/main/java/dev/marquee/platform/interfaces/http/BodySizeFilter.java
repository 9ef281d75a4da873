package dev.marquee.platform.interfaces.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies above {@link BodyLimits} with 413 {@code {"error": "too_large", ...}}. A
 * declared {@code Content-Length} above the limit is refused at once, before a byte of the body is
 * read. A body of unknown length (chunked) is counted as it is read: the read that passes the limit
 * fails with {@link BodyTooLargeException}, which the API's error mappers answer with 413 (and this
 * filter does, for anything else that swallowed it). Either way the connection is closed afterwards
 * instead of reading the rest of the body to keep it alive.
 */
@WebFilter(filterName = "body-size", urlPatterns = "/*", asyncSupported = true)
public class BodySizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CUT_OFF = BodyTooLargeException.class.getName();

    @Inject
    transient BodyLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limits.limitFor(request.getMethod(), path, request.getContentType());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, limit);
            return;
        }
        // A declared length is all the container reads; a WebSocket handshake has no body.
        if (declared >= 0 || request.getHeader("Upgrade") != null) {
            chain.doFilter(request, response);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit, () -> {
            request.setAttribute(CUT_OFF, new BodyTooLargeException(limit));
            response.setHeader("Connection", "close");
        });
        chain.doFilter(limited, response);
        if (limited.exceeded() && !response.isCommitted()) {
            response.reset();
            refuse(response, limit);
        }
    }

    /**
     * The limit this request's body passed while it was read, or null. For a reader that swallows read
     * errors (a CSV parser that records the rest of a file as unreadable) and must answer 413 anyway.
     */
    public static BodyTooLargeException cutOff(ServletRequest request) {
        return request.getAttribute(CUT_OFF) instanceof BodyTooLargeException e ? e : null;
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        byte[] body = ("{\"error\":\"too_large\",\"detail\":\"" + detail(limit) + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        try {
            OutputStream out = response.getOutputStream();
            out.write(body);
            out.flush();
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
            response.getWriter().flush();
        }
    }

    /** The sentence of a 413, also used by the API's error mappers. */
    public static String detail(long limit) {
        return "The request body is larger than " + BodyLimits.describe(limit) + ", the most this address accepts";
    }
}
