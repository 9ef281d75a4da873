package dev.marquee.plugin.interaction.rest;

import dev.marquee.platform.spi.stage.StageVisitor;
import dev.marquee.plugin.interaction.domain.Question;
import dev.marquee.plugin.interaction.live.Audience;
import dev.marquee.plugin.interaction.live.QaService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/stages/{id}/questions}: a stage's question queue, and its export for organizers. */
@Path("stages/{id}/questions")
@RequestScoped
@Tag(name = "Interaction")
public class StageQuestionsResource {

    @Inject
    InteractionAccess access;

    @Inject
    QaService qa;

    @Inject
    Audience audience;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The queue in order (votes, then age): all questions for leaders, visible ones for others")
    public List<Map<String, Object>> list(@PathParam("id") long stageId) {
        StageVisitor admitted = access.requireViewer(stageId);
        return qa.queue(stageId, admitted.leads()).stream().map(q -> Views.question(q, audience::personId)).toList();
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Every question as CSV (organizers): id, asked at, author (empty if anonymous), text, votes, answered, hidden")
    public Response export(@PathParam("id") long stageId) {
        access.requireOrganizer(stageId);
        List<List<Object>> rows = qa.queue(stageId, true).stream()
                .sorted(Comparator.comparing(Question::createdAt).thenComparingLong(Question::id))
                .map(q -> List.<Object>of(q.id(), q.createdAt().toString(), q.anonymous() ? "" : Csv.text(q.authorName()),
                        Csv.text(q.text()), q.votes(), q.answered(), q.hidden()))
                .toList();
        return Csv.of("questions-stage-" + stageId + ".csv",
                List.of("id", "asked at", "author", "text", "votes", "answered", "hidden"), rows);
    }
}
