package dev.marquee.platform.spi.web;

import dev.marquee.platform.spi.settings.SettingError;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * The body of every error: a stable code, a sentence for people and, for invalid fields, one entry
 * per field so a form can show each beside its input.
 *
 * @since 0.1.0
 */
@JsonbPropertyOrder({"error", "detail", "fields"})
@JsonbNillable(false)
public record ErrorBody(String error, String detail, List<SettingError> fields) {

    public ErrorBody(String error, String detail) {
        this(error, detail, null);
    }
}
