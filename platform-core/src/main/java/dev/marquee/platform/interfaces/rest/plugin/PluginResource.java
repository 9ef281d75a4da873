package dev.marquee.platform.interfaces.rest.plugin;

import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code /api/v1/plugins}: what was found, with kinds, versions and configured or not, for anyone (the
 * public surface CONTRACT.md names); the declared settings and the hint at what configuration is
 * missing only for organizers, who set stages and ticket sources up (docs/security.md).
 */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class PluginResource {

    @Inject
    PluginRegistry plugins;

    @Inject
    CurrentCaller caller;

    @Inject
    AccessPolicy access;

    @GET
    @Operation(summary = "The plugins found inside the WAR and in the plugins directory; settings and "
            + "configuration hints for organizers and event teams only")
    public List<PluginView> list() {
        boolean organizer = access.mayUseConsole(caller.get());
        return plugins.all().stream().map(PluginView::of).map(v -> organizer ? v : v.withoutDetails()).toList();
    }
}
