package dev.marquee.platform.interfaces.rest.error;

import dev.marquee.platform.spi.web.ErrorBody;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method, unreadable body) as JSON errors; an unreadable body
 * that was cut off at its size limit is 413, not 400.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response tooLarge = TooLarge.response(exception);
        if (tooLarge != null) {
            return tooLarge;
        }
        int status = exception.getResponse().getStatus();
        String error = switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "not_signed_in";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "request_refused";
        };
        String detail = switch (status) {
            case 400 -> "The request body is not valid JSON of the expected shape";
            case 404 -> "Nothing here";
            case 415 -> "Send JSON with Content-Type: application/json";
            default -> Response.Status.Family.familyOf(status) == Response.Status.Family.SERVER_ERROR
                    ? "Something went wrong on the server" : String.valueOf(exception.getResponse().getStatusInfo());
        };
        Response response = Errors.response(status, new ErrorBody(error, detail));
        String allow = exception.getResponse().getHeaderString("Allow");
        return status == 405 && allow != null ? Response.fromResponse(response).header("Allow", allow).build() : response;
    }
}
