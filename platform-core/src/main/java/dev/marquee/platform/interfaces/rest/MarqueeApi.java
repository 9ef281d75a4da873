package dev.marquee.platform.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.Map;

/**
 * The REST API's root: every resource of core and of the plugins lives under {@code /api/v1}. Its
 * description is MicroProfile OpenAPI's ({@code /openapi}); Jersey's own WADL is switched off.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Marquee API", version = "1",
        description = "Events, stages, schedules, playback and plugins of a Marquee server. Writes need an "
                + "organizer session cookie and the X-CSRF-Token header."))
public class MarqueeApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
