package dev.marquee.platform.interfaces.rest.error;

import dev.marquee.platform.spi.web.ErrorBody;

import dev.marquee.platform.spi.web.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal of the application, with its status (and Retry-After when throttled). */
@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {

    @Override
    public Response toResponse(Problem problem) {
        Response response = Errors.response(problem.kind().status(), new ErrorBody(problem.error(),
                problem.getMessage(), problem.fields().isEmpty() ? null : problem.fields()));
        if (problem.retryAfter() != null) {
            return Response.fromResponse(response).header("Retry-After", problem.retryAfter().toSeconds()).build();
        }
        return response;
    }
}
