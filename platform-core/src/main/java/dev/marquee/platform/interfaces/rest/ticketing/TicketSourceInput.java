package dev.marquee.platform.interfaces.rest.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * A new ticket source as an organizer submits it; {@code type} is a ticketing plugin's id. Each field
 * carries {@code @Schema}: Payara's OpenAPI scanner leaves out fields without an annotation it describes.
 */
public class TicketSourceInput {

    /** The most settings a source takes (a plugin declares a handful). */
    static final int MAX_SETTINGS = 100;

    @NotBlank
    @Size(max = 64)
    @Schema(required = true, description = "A ticketing plugin's id", example = "weemss-csv")
    public String type;

    @Size(max = MAX_SETTINGS)
    @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class, maxProperties = MAX_SETTINGS,
            description = "The plugin's settings, as GET /api/v1/plugins describes them; checked by the plugin")
    public Map<String, Object> settings;
}
