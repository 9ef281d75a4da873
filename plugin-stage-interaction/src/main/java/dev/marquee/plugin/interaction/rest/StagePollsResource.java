package dev.marquee.plugin.interaction.rest;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.interaction.domain.Poll;
import dev.marquee.plugin.interaction.domain.PollDraft;
import dev.marquee.plugin.interaction.live.PollService;
import dev.marquee.plugin.interaction.live.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** {@code /api/v1/stages/{id}/polls}: the stage's polls, and new ones (leaders). */
@Path("stages/{id}/polls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interaction")
public class StagePollsResource {

    @Inject
    InteractionAccess access;

    @Inject
    PollService polls;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The stage's polls with their counts (leaders)")
    public List<Map<String, Object>> list(@PathParam("id") long stageId) {
        access.requireLeader(stageId);
        return polls.ofStage(stageId).stream().map(p -> Views.poll(p, polls.results(p))).toList();
    }

    @POST
    @Operation(summary = "Prepare a poll (leaders): question, 2 to 10 options, multiple, changeable, resultsLive")
    public Response create(@PathParam("id") long stageId, @NotNull Map<String, Object> input) {
        access.requireLeader(stageId);
        Poll poll;
        try {
            poll = polls.create(stageId, draft(input));
        } catch (Refusal r) {
            throw InteractionAccess.problem(r);
        }
        return Response.created(uri.getBaseUriBuilder().path("polls").path(Long.toString(poll.id())).build())
                .entity(Views.poll(poll, polls.results(poll))).build();
    }

    static PollDraft draft(Map<String, Object> input) {
        Object question = input.get("question");
        Object options = input.get("options");
        if (!(question instanceof String q)) {
            throw Problem.invalid("A poll needs a question");
        }
        if (!(options instanceof List<?> list) || list.stream().anyMatch(o -> !(o instanceof String))) {
            throw Problem.invalid("A poll needs options: a list of texts");
        }
        return new PollDraft(q, list.stream().map(String.class::cast).toList(), flag(input, "multiple", false),
                flag(input, "changeable", true), flag(input, "resultsLive", true));
    }

    private static boolean flag(Map<String, Object> input, String name, boolean otherwise) {
        Object value = input.get(name);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof Boolean b)) {
            throw Problem.invalid(name + " is true or false");
        }
        return b;
    }
}
