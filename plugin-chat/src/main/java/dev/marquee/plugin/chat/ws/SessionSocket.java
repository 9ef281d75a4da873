package dev.marquee.plugin.chat.ws;

import dev.marquee.plugin.chat.room.ClientSocket;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A {@link ClientSocket} over a Jakarta WebSocket session: its id and closing; subclasses write. {@link #of}
 * picks the writer: raw pre-encoded frames on Tyrus ({@link TyrusRawSocket}) when it can, else the
 * standard asynchronous API ({@link AsyncRemoteSocket}), so the chat runs on any WebSocket container.
 */
abstract class SessionSocket implements ClientSocket {

    private static final Logger LOG = Logger.getLogger(SessionSocket.class.getName());

    protected final Session session;

    SessionSocket(Session session) {
        this.session = session;
    }

    /** The cheapest writer that works for this session. */
    static ClientSocket of(Session session) {
        ClientSocket raw = TyrusRawSocket.of(session);
        return raw != null ? raw : new AsyncRemoteSocket(session);
    }

    @Override
    public String id() {
        return session.getId();
    }

    @Override
    public void close(CloseReason reason) {
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing a chat connection failed", e);
        }
    }
}
