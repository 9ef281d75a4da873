package dev.marquee.platform.interfaces.rest.plugin;

import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/plugins}: what was found, with kinds, versions, configured or not, and declared settings. */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class PluginResource {

    @Inject
    PluginRegistry plugins;

    @GET
    @Operation(summary = "The plugins found inside the WAR and in the plugins directory")
    public List<PluginView> list() {
        return plugins.all().stream().map(PluginView::of).toList();
    }
}
