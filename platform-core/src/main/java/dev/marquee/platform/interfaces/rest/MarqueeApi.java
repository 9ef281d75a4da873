package dev.marquee.platform.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API's root: every resource of core and of the plugins lives under {@code /api/v1}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Marquee API", version = "1",
        description = "Events, stages, schedules, playback and plugins of a Marquee server. Writes need an "
                + "organizer session cookie and the X-CSRF-Token header."))
public class MarqueeApi extends Application {
}
