package dev.marquee.plugin.chat.ws;

import dev.marquee.plugin.chat.room.OutboundFrame;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The portable writer: each frame's text through {@code getAsyncRemote().sendText}, one after the other.
 * On Tyrus every such send re-arms the session's idle timer through Payara's managed scheduler, which
 * captures the calling thread's context and searches its context class loader for context providers;
 * with the WAR's loader that is a scan of every JAR in WEB-INF/lib per frame, so sends run with the
 * platform loader (nothing in a send needs the application's classes). {@link TyrusRawSocket} avoids
 * the timer altogether; this class is its fallback.
 */
final class AsyncRemoteSocket extends SessionSocket {

    AsyncRemoteSocket(Session session) {
        super(session);
    }

    @Override
    public void write(List<OutboundFrame> frames, Consumer<Throwable> done) {
        new Sends(frames.iterator(), done).run();
    }

    private void sendText(String text, SendHandler handler) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            session.getAsyncRemote().sendText(text, handler);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Sends the frames one by one, looping while sends complete at once, then reports once. */
    private final class Sends implements SendHandler {

        private final Iterator<OutboundFrame> frames;
        private final Consumer<Throwable> done;
        private final AtomicInteger state = new AtomicInteger(); // 0 sending, 1 completed at once, 2 later
        private volatile boolean failed;

        Sends(Iterator<OutboundFrame> frames, Consumer<Throwable> done) {
            this.frames = frames;
            this.done = done;
        }

        void run() {
            while (frames.hasNext()) {
                state.set(0);
                try {
                    sendText(frames.next().text(), this);
                } catch (RuntimeException e) {
                    done.accept(e);
                    return;
                }
                if (state.compareAndSet(0, 2) || failed) {
                    return;
                }
            }
            done.accept(null);
        }

        @Override
        public void onResult(SendResult result) {
            failed = !result.isOK();
            boolean atOnce = state.compareAndSet(0, 1);
            if (failed) {
                done.accept(result.getException());
            } else if (!atOnce) {
                run();
            }
        }
    }
}
