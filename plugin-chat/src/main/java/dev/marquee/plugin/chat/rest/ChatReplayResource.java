package dev.marquee.plugin.chat.rest;

import dev.marquee.platform.spi.audience.GuestIds;
import dev.marquee.platform.spi.audience.OpaquePersonIds;
import dev.marquee.platform.spi.web.ClientAddressResolver;
import dev.marquee.plugin.chat.MarqueeChatProvider;
import dev.marquee.plugin.chat.domain.ChatStore;
import dev.marquee.plugin.chat.replay.ReplayLogView;
import dev.marquee.plugin.chat.replay.ReplayWindow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/stages/{id}/chat/replay?from=&to=}: what the stage's chat said during a replay's window
 * (the address {@link MarqueeChatProvider#replayLog} hands out), for whoever may read the stage's chat.
 */
@Path("stages/{id}/chat/replay")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat")
public class ChatReplayResource {

    @Inject
    ChatAccess access;

    @Inject
    ChatStore store;

    @Inject
    OpaquePersonIds ids;

    @Inject
    ClientAddressResolver addresses;

    @Inject
    GuestIds guests;

    @Context
    HttpServletRequest http;

    @GET
    @Operation(summary = "The messages sent from 'from' to 'to' (epoch ms, at most 24 h apart) that are not deleted, "
            + "in sent order, each with its offset in ms from 'from'; at most 20,000")
    public ReplayLogView log(@PathParam("id") long stageId, @QueryParam("from") String from,
                             @QueryParam("to") String to, @CookieParam(GuestIds.COOKIE) String guestCookie) {
        access.requireReader(stageId, guestCookie == null ? null : guests.idOf(guestCookie).orElse(null),
                addresses.clientAddress(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")));
        ReplayWindow window = ReplayWindow.parse(from, to);
        return ReplayLogView.of(window, store.sentBetween(MarqueeChatProvider.room(stageId), window.from(), window.to(),
                ReplayWindow.MAX_MESSAGES), ids);
    }
}
