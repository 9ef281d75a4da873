package dev.marquee.platform.interfaces.rest.ticketing;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * New settings for an existing ticket source. {@code type} may be left out; if given it must be the
 * source's own (a source never changes its plugin: add a new source instead).
 */
public class TicketSourceChange {

    @Size(max = 64)
    @Schema(description = "The source's type (a ticketing plugin id); optional, must not change", example = "weemss-csv")
    public String type;

    @Schema(description = "The plugin's settings (see GET /api/v1/plugins for their descriptions); "
            + "a secret sent back as ******** keeps its stored value", type = SchemaType.OBJECT,
            additionalProperties = Schema.True.class, maxProperties = TicketSourceInput.MAX_SETTINGS)
    @Size(max = TicketSourceInput.MAX_SETTINGS)
    public Map<String, Object> settings;
}
