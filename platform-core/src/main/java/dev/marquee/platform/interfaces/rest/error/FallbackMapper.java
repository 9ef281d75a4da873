package dev.marquee.platform.interfaces.rest.error;

import dev.marquee.platform.spi.web.ErrorBody;

import dev.marquee.platform.spi.web.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. Problems wrapped by the transaction layer are unwrapped; a body cut off at its size
 * limit becomes 413 (whatever wraps it); a unique-key clash lost in a race becomes 409; malformed JSON
 * becomes 400; the rest is logged and answered 500 without details.
 */
@Provider
public class FallbackMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        Response tooLarge = TooLarge.response(exception);
        if (tooLarge != null) {
            return tooLarge;
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof Problem problem) {
                return new ProblemMapper().toResponse(problem);
            }
            if (t instanceof jakarta.validation.ConstraintViolationException violations) {
                return new ConstraintViolationMapper().toResponse(violations);
            }
            if (t instanceof JsonbException) {
                return Errors.response(400, new ErrorBody("invalid_request",
                        "The request body is not valid JSON of the expected shape"));
            }
            if (t instanceof OptimisticLockException) {
                return Errors.response(409, new ErrorBody("conflict", "Someone else changed this at the same time; "
                        + "reload and try again"));
            }
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t.getClass().getName().endsWith("ConstraintViolationException")) {
                return Errors.response(409, new ErrorBody("conflict", "This clashes with existing data"));
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error in the API", exception);
        return Errors.response(500, new ErrorBody("internal_error", "Something went wrong on the server"));
    }
}
