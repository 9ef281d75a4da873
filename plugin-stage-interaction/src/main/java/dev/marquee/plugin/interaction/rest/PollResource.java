package dev.marquee.plugin.interaction.rest;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.interaction.domain.Poll;
import dev.marquee.plugin.interaction.domain.PollResults;
import dev.marquee.plugin.interaction.live.PollService;
import dev.marquee.plugin.interaction.live.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/polls/{id}}: leaders open, close, delete and export one poll. */
@Path("polls/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interaction")
public class PollResource {

    @Inject
    InteractionAccess access;

    @Inject
    PollService polls;

    @GET
    @Operation(summary = "The poll with its counts (leaders)")
    public Map<String, Object> get(@PathParam("id") long id) {
        Poll poll = lead(id);
        return Views.poll(poll, polls.results(poll));
    }

    @POST
    @Path("open")
    @Operation(summary = "Open the poll (leaders); the stage's other open poll closes")
    public Map<String, Object> open(@PathParam("id") long id) {
        try {
            Poll poll = polls.open(lead(id));
            return Views.poll(poll, polls.results(poll));
        } catch (Refusal r) {
            throw InteractionAccess.problem(r);
        }
    }

    @POST
    @Path("close")
    @Operation(summary = "Close the poll (leaders); everyone gets the final results")
    public Map<String, Object> close(@PathParam("id") long id) {
        Poll poll = polls.close(lead(id));
        return Views.poll(poll, polls.results(poll));
    }

    @DELETE
    @Operation(summary = "Delete the poll and its votes (leaders)")
    public Response delete(@PathParam("id") long id) {
        polls.delete(lead(id));
        return Response.noContent().build();
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The poll's results as CSV (leaders): option, votes")
    public Response export(@PathParam("id") long id) {
        Poll poll = lead(id);
        PollResults results = polls.results(poll);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < poll.options().size(); i++) {
            rows.add(List.of(Csv.text(poll.options().get(i)), results.counts().get(i)));
        }
        return Csv.of("poll-" + id + ".csv", List.of("option", "votes"), rows);
    }

    private Poll lead(long id) {
        Poll poll = polls.find(id).orElseThrow(() -> Problem.notFound("Poll " + id));
        access.requireLeader(poll.stageId());
        return poll;
    }
}
