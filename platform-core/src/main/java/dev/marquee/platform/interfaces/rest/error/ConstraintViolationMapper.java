package dev.marquee.platform.interfaces.rest.error;

import dev.marquee.platform.spi.web.ErrorBody;

import dev.marquee.platform.spi.settings.SettingError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Bean Validation failures of a request body: 400, naming each field and what is wrong with it. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<SettingError> fields = exception.getConstraintViolations().stream()
                .map(v -> new SettingError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(SettingError::name))
                .toList();
        String detail = fields.stream().map(ConstraintViolationMapper::sentence).collect(Collectors.joining("; "));
        return Errors.response(400, new ErrorBody("invalid_request", detail, fields));
    }

    /**
     * A field's message for the detail: one written as a whole sentence ("The address must be ...") stands
     * alone; a bare predicate of Bean Validation ("must not be blank") gets the field's name in front.
     */
    private static String sentence(SettingError field) {
        String message = field.message();
        return !message.isEmpty() && Character.isUpperCase(message.charAt(0)) ? message : field.name() + " " + message;
    }

    /** The last named node of the path: {@code create.input.slug} becomes {@code slug}. */
    private static String field(ConstraintViolation<?> violation) {
        String name = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                name = node.getName();
            }
        }
        return name;
    }
}
