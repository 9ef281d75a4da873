package dev.marquee.platform.interfaces.rest.plugin;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import dev.marquee.platform.spi.web.PluginRequest;
import dev.marquee.platform.spi.web.PluginResponse;
import dev.marquee.platform.spi.web.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/plugins/{pluginId}/...}: the HTTP endpoints plugins declare ({@link dev.marquee.platform.spi.web.PluginRoute}).
 * The session, the CSRF check and the body limit are done by the filters every API request passes; this
 * resource checks the route's access, reads the body, calls the handler and adds the headers that keep
 * a plugin's answer from running as a page of Marquee's origin. Cookies never reach the plugin.
 */
@Path("plugins/{pluginId}/{path: .+}")
@RequestScoped
@Tag(name = "Plugins")
public class PluginRouteResource {

    /** Headers a plugin never sees: the session and whatever else authenticates the caller to core. */
    public static final Set<String> HIDDEN_HEADERS = Set.of("cookie", "authorization", "x-csrf-token");

    @Inject
    PluginRoutes routes;

    @Inject
    CurrentCaller caller;

    @Inject
    RouteCallers callers;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "A plugin's own endpoint (GET); what it answers is the plugin's (docs/plugins.md)")
    public Response get(@PathParam("pluginId") String pluginId) {
        return dispatch(pluginId, "GET", InputStream.nullInputStream());
    }

    @POST
    @Operation(summary = "A plugin's own endpoint (POST)")
    public Response post(@PathParam("pluginId") String pluginId, InputStream body) {
        return dispatch(pluginId, "POST", body);
    }

    @PUT
    @Operation(summary = "A plugin's own endpoint (PUT)")
    public Response put(@PathParam("pluginId") String pluginId, InputStream body) {
        return dispatch(pluginId, "PUT", body);
    }

    @DELETE
    @Operation(summary = "A plugin's own endpoint (DELETE)")
    public Response delete(@PathParam("pluginId") String pluginId) {
        return dispatch(pluginId, "DELETE", InputStream.nullInputStream());
    }

    private Response dispatch(String pluginId, String method, InputStream body) {
        List<String> path = uri.getPathSegments().stream().skip(2).map(PathSegment::getPath).toList();
        PluginRoutes.Outcome outcome = routes.matchRoute(pluginId, method, path);
        if (outcome instanceof PluginRoutes.OtherMethods other) {
            throw new NotAllowedException(other.allowed().get(0), other.allowed().toArray(String[]::new));
        }
        if (!(outcome instanceof PluginRoutes.Matched matched)) {
            throw Problem.notFound("This plugin address");
        }
        Caller who = caller.get();
        RouteCallers.checkAccess(matched.route().access(), who);
        PluginRequest request = PluginRequest.builder(method, String.join("/", path))
                .pathParameters(matched.parameters())
                .query(Map.copyOf(uri.getQueryParameters()))
                .headers(visibleHeaders())
                .body(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), read(body))
                .caller(callers.of(who))
                .build();
        PluginResponse answer = matched.route().handler().handle(request);
        Response.ResponseBuilder response = Response.status(answer.status())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
        if (answer.contentType() != null && answer.body().length > 0) {
            response.type(answer.contentType()).entity(answer.body());
        }
        return response.build();
    }

    private Map<String, String> visibleHeaders() {
        Map<String, String> visible = new LinkedHashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!HIDDEN_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !values.isEmpty()) {
                visible.put(name, String.join(", ", values));
            }
        });
        return visible;
    }

    private static byte[] read(InputStream body) {
        try (InputStream in = body) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
