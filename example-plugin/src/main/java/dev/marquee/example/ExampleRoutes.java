package dev.marquee.example;

import dev.marquee.platform.spi.web.PluginRequest;
import dev.marquee.platform.spi.web.PluginResponse;
import dev.marquee.platform.spi.web.PluginRoute;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.web.RouteAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.util.List;

/**
 * The plugin's own HTTP endpoints, under {@code /api/v1/plugins/example-embed/}: core signs the caller in,
 * checks CSRF and body size and formats errors; these handlers only do the plugin's work.
 * <ul>
 *   <li>{@code GET stages/{stageId}} (organizers): when the stage was provisioned, from the plugin's table;</li>
 *   <li>{@code POST check-page} {@code {"pageUrl"}} (organizers): whether a page may be embedded;</li>
 *   <li>{@code GET me} (anyone signed in): who core says is calling.</li>
 * </ul>
 */
@ApplicationScoped
public class ExampleRoutes {

    @Inject
    ProvisionLog log;

    List<PluginRoute> all() {
        return List.of(
                PluginRoute.get("stages/{stageId}", RouteAccess.ORGANIZER, this::provisioned),
                PluginRoute.post("check-page", RouteAccess.ORGANIZER, ExampleRoutes::checkPage),
                PluginRoute.get("me", RouteAccess.SIGNED_IN, ExampleRoutes::me));
    }

    private PluginResponse provisioned(PluginRequest request) {
        long stageId;
        try {
            stageId = Long.parseLong(request.pathParameter("stageId"));
        } catch (NumberFormatException e) {
            throw Problem.invalid("A stage id is a number");
        }
        return log.provisionedAt(stageId)
                .map(at -> PluginResponse.json(Json.createObjectBuilder()
                        .add("stageId", stageId).add("provisionedAt", at.toString()).build()))
                .orElseThrow(() -> Problem.notFound("A provisioned example-embed stage " + stageId));
    }

    private static PluginResponse checkPage(PluginRequest request) {
        String url = request.bodyAsJsonObject().getString("pageUrl", "");
        if (!url.startsWith("https://")) {
            throw Problem.invalid("Page to embed must use https");
        }
        return PluginResponse.json(Json.createObjectBuilder().add("pageUrl", url).add("embeddable", true).build());
    }

    private static PluginResponse me(PluginRequest request) {
        var caller = request.caller();
        return PluginResponse.json(Json.createObjectBuilder()
                .add("personId", caller.personId().orElseThrow())
                .add("name", caller.displayName())
                .add("organizer", caller.isOrganizer())
                .build());
    }
}
