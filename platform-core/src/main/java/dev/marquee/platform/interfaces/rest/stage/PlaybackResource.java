package dev.marquee.platform.interfaces.rest.stage;

import dev.marquee.platform.application.playback.PlaybackService;
import dev.marquee.platform.application.viewing.DefaultViewingLedger;
import dev.marquee.platform.spi.audience.TooManyStreams;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import dev.marquee.platform.spi.media.Playback;
import dev.marquee.platform.spi.media.PlaybackSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code /api/v1/stages/{id}/playback}: how the caller plays the stage, if they may watch it. */
@Path("stages/{id}/playback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Playback")
public class PlaybackResource {

    @Inject
    PlaybackService playback;

    @Inject
    CurrentCaller caller;

    @Inject
    DefaultViewingLedger viewings;

    @GET
    @Operation(summary = "Playback sources for the caller: {provider, live, sources[]}; 401/403 if not allowed; "
            + "429 too_many_streams when the caller already plays as many streams as the event allows")
    public Response get(@PathParam("id") long id) {
        PlaybackService.StagePlayback stagePlayback = playback.playback(caller.get(), id);
        Optional<TooManyStreams> refusal = viewings.wouldRefuse(id, caller.get().sessionId());
        if (refusal.isPresent()) {
            return Response.status(429).entity(refusal.get().toJson().toString()).type(MediaType.APPLICATION_JSON).build();
        }
        Playback result = stagePlayback.playback();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("provider", stagePlayback.provider());
        json.put("live", result.live());
        json.put("sources", result.sources().stream().map(PlaybackSource::toJson).toList());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(json).cacheControl(noStore).build();
    }
}
