package dev.marquee.plugin.chat.ws;

import dev.marquee.plugin.chat.room.OutboundFrame;
import jakarta.websocket.Session;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes frames encoded once per broadcast ({@link OutboundFrame#wire()}) straight to Tyrus, the WebSocket
 * implementation in Payara, with {@code TyrusWebSocket.sendRawFrame(ByteBuffer)}: the call Tyrus' own
 * broadcast uses. It still goes through Tyrus' per-connection write lock and its transport writer, so
 * it is ordered with Tyrus' own control frames (pong, close); what it skips is the standard API's
 * per-send work: framing the text again for every client and re-arming the session's idle timer, which
 * Tyrus does on each send by scheduling a task on Payara's managed scheduler, even with no idle timeout.
 * Several queued frames go out as one write (a concatenation of complete frames).
 * <p>
 * Tyrus-specific on purpose, and explicit about it: the session's {@code TyrusWebSocket} sits in the
 * package-private field {@code TyrusRemoteEndpoint.webSocket} (Tyrus 2.1), read reflectively once per
 * connection. Used only when that works and the session negotiated no extension (a raw frame bypasses
 * e.g. permessage-deflate) and has no idle timeout (raw writes would not count as activity); otherwise
 * {@link #of} returns null and the caller uses {@link AsyncRemoteSocket}.
 */
final class TyrusRawSocket extends SessionSocket {

    private static final Logger LOG = Logger.getLogger(TyrusRawSocket.class.getName());
    private static final String REMOTE_ENDPOINT = "org.glassfish.tyrus.core.TyrusRemoteEndpoint";

    /** How to reach Tyrus' socket from a remote endpoint of this class; resolved once. */
    private record Access(Class<?> remoteClass, MethodHandle webSocket, MethodHandle sendRawFrame) {
    }

    private static volatile Access access;
    private static volatile Class<?> unsupported;

    private final Access tyrus;
    private final Object webSocket;

    private TyrusRawSocket(Session session, Access tyrus, Object webSocket) {
        super(session);
        this.tyrus = tyrus;
        this.webSocket = webSocket;
    }

    /** A raw writer for the session, or null when it is not a plain Tyrus session. */
    static TyrusRawSocket of(Session session) {
        try {
            if (!session.getNegotiatedExtensions().isEmpty() || session.getMaxIdleTimeout() > 0) {
                return null;
            }
            Object remote = session.getAsyncRemote();
            Access a = access(remote.getClass());
            Object ws = a == null ? null : (Object) a.webSocket().invokeExact(remote);
            return ws == null ? null : new TyrusRawSocket(session, a, ws);
        } catch (Throwable e) {
            LOG.log(Level.FINE, "No raw Tyrus writes for this session", e);
            return null;
        }
    }

    @Override
    public void write(List<OutboundFrame> frames, Consumer<Throwable> done) {
        Object sent;
        try {
            sent = (Object) tyrus.sendRawFrame().invokeExact(webSocket, ByteBuffer.wrap(concat(frames)));
        } catch (Throwable e) {
            done.accept(e);
            return;
        }
        if (!(sent instanceof CompletableFuture<?> future)) {
            done.accept(null); // handed over; this Tyrus gives no completion to wait for
        } else if (future.isDone()) {
            done.accept(failureOf(future));
        } else {
            future.whenComplete((result, error) -> done.accept(error));
        }
    }

    private static byte[] concat(List<OutboundFrame> frames) {
        if (frames.size() == 1) {
            return frames.get(0).wire();
        }
        int size = 0;
        for (OutboundFrame f : frames) {
            size += f.size();
        }
        byte[] all = new byte[size];
        int at = 0;
        for (OutboundFrame f : frames) {
            System.arraycopy(f.wire(), 0, all, at, f.size());
            at += f.size();
        }
        return all;
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        try {
            future.join();
            return null;
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            return e.getCause() != null ? e.getCause() : e;
        }
    }

    private static Access access(Class<?> remoteClass) throws ReflectiveOperationException {
        Access a = access;
        if (a != null && a.remoteClass() == remoteClass) {
            return a;
        }
        if (unsupported == remoteClass) {
            return null;
        }
        for (Class<?> c = remoteClass; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(REMOTE_ENDPOINT)) {
                Field field = c.getDeclaredField("webSocket");
                field.setAccessible(true);
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                MethodHandle get = lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
                MethodHandle send = lookup.unreflect(field.getType().getMethod("sendRawFrame", ByteBuffer.class))
                        .asType(MethodType.methodType(Object.class, Object.class, ByteBuffer.class));
                access = new Access(remoteClass, get, send);
                LOG.info("Chat frames are written as raw Tyrus frames, encoded once per broadcast");
                return access;
            }
        }
        unsupported = remoteClass;
        LOG.info("Chat frames are written with the standard WebSocket API (" + remoteClass.getName() + ")");
        return null;
    }
}
