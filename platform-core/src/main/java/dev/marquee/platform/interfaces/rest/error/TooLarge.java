package dev.marquee.platform.interfaces.rest.error;

import dev.marquee.platform.spi.web.ErrorBody;

import dev.marquee.platform.interfaces.http.BodySizeFilter;
import dev.marquee.platform.interfaces.http.BodyTooLargeException;
import jakarta.ws.rs.core.Response;

/**
 * 413 for a request body cut off at its size limit, found among an error's causes: JSON-B and JAX-RS
 * wrap the read error (as a JSON error, a processing error or a 400) before it reaches a mapper.
 */
final class TooLarge {

    private TooLarge() {
    }

    /** The 413 answer if {@code error} comes from a body over its limit, else null. */
    static Response response(Throwable error) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(error);
        if (tooLarge == null) {
            return null;
        }
        return Response.fromResponse(Errors.response(413, new ErrorBody("too_large",
                BodySizeFilter.detail(tooLarge.limit())))).header("Connection", "close").build();
    }
}
