package dev.marquee.plugin.chat.rest;

import dev.marquee.plugin.chat.MarqueeChatProvider;
import dev.marquee.plugin.chat.domain.ChatStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** {@code /api/v1/stages/{id}/chat/moderation}: who deleted, timed out, banned, pinned or cleared what. */
@Path("stages/{id}/chat/moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat")
public class ModerationLogResource {

    @Inject
    ChatAccess access;

    @Inject
    ChatStore store;

    /** One line of the log. */
    public record Entry(long id, String action, String moderator, String target, String messageId, String detail,
                        Instant at) {
    }

    @GET
    @Operation(summary = "The stage's moderation log, newest first (hosts and organizers)")
    public List<Entry> list(@PathParam("id") long stageId, @QueryParam("limit") @DefaultValue("200") int limit) {
        access.requireModerator(stageId);
        return store.log(MarqueeChatProvider.room(stageId), Math.max(1, Math.min(limit, 1000))).stream()
                .map(e -> new Entry(e.id(), e.action(), e.moderatorName(), e.targetName(),
                        e.messageId() == null ? null : String.valueOf(e.messageId()), e.detail(), e.at()))
                .toList();
    }
}
