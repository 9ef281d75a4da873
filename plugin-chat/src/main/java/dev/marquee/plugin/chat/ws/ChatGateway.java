package dev.marquee.plugin.chat.ws;

import dev.marquee.platform.spi.auth.CallerView;
import dev.marquee.platform.spi.auth.SessionGuard;
import dev.marquee.platform.spi.stage.GuestPass;
import dev.marquee.platform.spi.stage.SocketAdmission;
import dev.marquee.platform.spi.stage.SocketVisitor;
import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.platform.spi.stage.StageVisitor;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.chat.metrics.ChatMetrics;
import dev.marquee.plugin.chat.room.ChatConnection;
import dev.marquee.plugin.chat.room.ChatLimits;
import dev.marquee.plugin.chat.room.ChatService;
import dev.marquee.plugin.chat.room.Frames;
import dev.marquee.plugin.chat.room.Inboxes;
import dev.marquee.plugin.chat.room.Participant;
import dev.marquee.plugin.chat.room.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Between the WebSocket and the chat: admits a connection to its stage (the session cookie, or a guest
 * on a PUBLIC event, named or, without {@code ?name=}, as a watcher; refused as the REST API would, with
 * an {@code error} frame and a 44xx close),
 * then hands each frame to {@link ChatCommands}. A signed-in person's connection also receives their
 * group chats' frames of the stage's event ({@link Inboxes}).
 */
@ApplicationScoped
public class ChatGateway {

    private static final Logger LOG = Logger.getLogger(ChatGateway.class.getName());

    @Inject
    ChatMetrics metrics;

    @Inject
    SocketAdmission admission;

    @Inject
    ChatService chat;

    @Inject
    ChatCommands commands;

    @Inject
    ChatLimits limits;

    @Inject
    Inboxes inboxes;

    @Inject
    ChatStageChannel channel;

    @Inject
    StageSharing sharing;

    @Inject
    SessionGuard sessions;

    @Inject
    TyrusIdleTimer idleTimer;

    /**
     * A connection that made it into its room, on a stage of the event, how other plugins see it, the
     * watch that closes it when its session ends (null for guests), and whether it is a nameless guest
     * who may only watch ({@code watcher}: every frame it sends is refused with {@code name_required}).
     */
    public record Joined(String room, long eventId, ChatConnection connection, StageMember member,
                         SessionGuard.Watch session, boolean watcher) {
    }

    Joined open(Session session, Map<String, Object> properties, String stageIdText) {
        ChatConnection connection = null;
        idleTimer.lighten(session);
        try {
            long stageId = Long.parseLong(stageIdText);
            SocketVisitor admitted = admission.admit(stageId, (String) properties.get(ChatHandshake.TOKEN),
                    new GuestPass((String) properties.get(ChatHandshake.GUEST), (String) properties.get(ChatHandshake.NAME)));
            CallerView caller = admitted.caller();
            Participant who = participant(admitted, (String) properties.get(ChatHandshake.ADDRESS));
            connection = new ChatConnection(SessionSocket.of(session), who, limits.sendQueue(), limits.sendQueueBytes(),
                    limits.inboundGuard(System.nanoTime()));
            connection.onTooSlow(metrics::clientDropped);
            String room = "stage:" + stageId;
            if (!chat.join(room, connection)) {
                return null;
            }
            long eventId = admitted.visitor().eventId();
            if (!who.guest()) {
                inboxes.register(eventId, connection);
            }
            StageMember member = new StageMember(connection.id(), stageId, eventId, who.subject(), who.name(),
                    who.role(), who.moderator(), who.guest());
            channel.register(connection);
            sharing.joined(member);
            ChatConnection opened = connection;
            SessionGuard.Watch watch = caller.signedIn() ? sessions.watch(caller.sessionId().orElseThrow(), () -> {
                opened.send(Frames.error("session_ended", "Your sign-in has ended; sign in again to go on watching"));
                opened.close(CloseReason.CloseCodes.VIOLATED_POLICY, "session_ended");
            }) : null;
            return new Joined(room, eventId, connection, member, watch, admitted.watcher());
        } catch (NumberFormatException e) {
            refuse(session, 404, "not_found", "No such stage");
        } catch (Problem p) {
            refuse(session, p.kind().status(), p.error(), p.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Opening a chat connection failed", e);
            refuse(session, 500, "internal_error", "The chat could not be opened");
        }
        return null;
    }

    void receive(Joined joined, String text) {
        ChatConnection c = joined.connection();
        if (!c.acceptInbound(System.nanoTime())) {
            c.send(Frames.error("rate_limited", "Too many frames; slow down"));
            return;
        }
        try {
            commands.handle(joined, text);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A chat frame failed", e);
            c.send(Frames.error("internal_error", "That did not work; try again"));
        }
    }

    void close(Joined joined) {
        if (joined.session() != null) {
            joined.session().close();
        }
        chat.leave(joined.room(), joined.connection());
        inboxes.unregister(joined.eventId(), joined.connection());
        channel.unregister(joined.connection());
        sharing.left(joined.member());
    }

    private static Participant participant(SocketVisitor admitted, String address) {
        StageVisitor who = admitted.visitor();
        String role = admitted.watcher() ? Roles.WATCHER
                : who.guest() ? "guest" : Roles.of(admitted.caller(), who.eventId(), who.stageId(), who.leads());
        return new Participant(who.subject(), who.displayName(), role, who.leads(), who.guest(), address);
    }

    private static void refuse(Session session, int status, String error, String detail) {
        try {
            session.getBasicRemote().sendText(Frames.error(error, detail));
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(4000 + status), error));
        } catch (Exception e) {
            LOG.log(Level.FINE, "Refusing a chat connection failed", e);
        }
    }
}
