package dev.marquee.plugin.interaction.rest;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.interaction.domain.Question;
import dev.marquee.plugin.interaction.live.Audience;
import dev.marquee.plugin.interaction.live.QaService;
import dev.marquee.plugin.interaction.live.Refusal;
import dev.marquee.plugin.interaction.store.QuestionStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** {@code /api/v1/questions/{id}/...}: leaders moderate one question; everyone on the stage sees the change. */
@Path("questions/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interaction")
public class QuestionResource {

    @Inject
    InteractionAccess access;

    @Inject
    QaService qa;

    @Inject
    Audience audience;

    @POST
    @Path("approve")
    @Operation(summary = "Approve a question waiting for moderation (leaders)")
    public Map<String, Object> approve(@PathParam("id") long id) {
        return mark(id, QuestionStore.Flag.APPROVED);
    }

    @POST
    @Path("answer")
    @Operation(summary = "Mark a question answered (leaders)")
    public Map<String, Object> answer(@PathParam("id") long id) {
        return mark(id, QuestionStore.Flag.ANSWERED);
    }

    @POST
    @Path("hide")
    @Operation(summary = "Hide a question from everyone but the leaders (leaders)")
    public Map<String, Object> hide(@PathParam("id") long id) {
        return mark(id, QuestionStore.Flag.HIDDEN);
    }

    @POST
    @Path("pin")
    @Operation(summary = "Pin a question over the player, unpinning any other on its stage (leaders)")
    public Map<String, Object> pin(@PathParam("id") long id) {
        Question q = lead(id);
        try {
            qa.pin(q.stageId(), q);
        } catch (Refusal r) {
            throw InteractionAccess.problem(r);
        }
        return view(id);
    }

    @POST
    @Path("unpin")
    @Operation(summary = "Unpin the question (leaders)")
    public Map<String, Object> unpin(@PathParam("id") long id) {
        Question q = lead(id);
        if (q.pinned()) {
            qa.pin(q.stageId(), null);
        }
        return view(id);
    }

    private Map<String, Object> mark(long id, QuestionStore.Flag flag) {
        Question q = lead(id);
        return Views.question(qa.mark(q, flag), audience::personId);
    }

    private Question lead(long id) {
        Question q = qa.find(id).orElseThrow(() -> Problem.notFound("Question " + id));
        access.requireLeader(q.stageId());
        return q;
    }

    private Map<String, Object> view(long id) {
        return Views.question(qa.find(id).orElseThrow(() -> Problem.notFound("Question " + id)), audience::personId);
    }
}
