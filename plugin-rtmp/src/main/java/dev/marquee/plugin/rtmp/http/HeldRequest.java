package dev.marquee.plugin.rtmp.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request suspended with {@code startAsync}, finished exactly once: by Marquee (answered, completed or
 * dispatched back to the servlet) or by the container (the player went away, the wait timed out, the
 * connection failed), whichever comes first; the other side's attempt is then a no-op.
 *
 * <p>The container recycles a finished request's objects for the next request. An {@link AsyncContext}
 * completed or dispatched after the container finished it acts on a request that may already serve someone
 * else (Grizzly logged "Unexpected DataChunk type" in {@code parseSessionId} two seconds after a test deleted
 * a stage its players were waiting on). So the context is only ever
 * touched through this class, which learns from its own {@link AsyncListener} when the container is done.
 */
final class HeldRequest implements AsyncListener {

    /** Writes an answer to a held request. */
    @FunctionalInterface
    interface Answer {
        void write(HttpServletResponse response) throws IOException;
    }

    private static final Logger LOG = Logger.getLogger(HeldRequest.class.getName());

    private final AsyncContext context;
    private final AtomicBoolean finished = new AtomicBoolean();

    private HeldRequest(AsyncContext context) {
        this.context = context;
    }

    /** Suspends the request for at most {@code timeoutMillis} (0: no limit). */
    static HeldRequest hold(HttpServletRequest request, long timeoutMillis) {
        AsyncContext context = request.startAsync();
        context.setTimeout(timeoutMillis);
        HeldRequest held = new HeldRequest(context);
        context.addListener(held);
        return held;
    }

    /** The suspended request's context, for setting up a non-blocking write before anything finishes it. */
    AsyncContext context() {
        return context;
    }

    /** True once the request was finished, by Marquee or by the container. */
    boolean finished() {
        return finished.get();
    }

    /** Sends the request back through the servlet, unless it is already finished; true if it was sent. */
    boolean dispatch() {
        if (!finished.compareAndSet(false, true)) {
            return false;
        }
        try {
            context.dispatch();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A held request could not be dispatched", e);
            return false;
        }
    }

    /** Writes {@code answer} and completes, unless the request is already finished; true if it answered. */
    boolean answer(Answer answer) {
        if (!finished.compareAndSet(false, true)) {
            return false;
        }
        try {
            answer.write((HttpServletResponse) context.getResponse());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "A held request's player went away", e);
        }
        completeQuietly();
        return true;
    }

    /** Completes the request, unless it is already finished. */
    void complete() {
        if (finished.compareAndSet(false, true)) {
            completeQuietly();
        }
    }

    private void completeQuietly() {
        try {
            context.complete();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A held request could not be completed", e);
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        finished.set(true);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        // Still valid inside the container's callback: finishing it here spares the container's error page.
        complete();
    }

    @Override
    public void onError(AsyncEvent event) {
        complete();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // a dispatched request that suspends again holds a new HeldRequest
    }
}
