package dev.marquee.plugin.chat.ws;

import dev.marquee.platform.spi.stage.StageFrameHandler;
import dev.marquee.platform.spi.stage.StageMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The other plugins on the stage socket (core's {@link StageFrameHandler}s, e.g. interactive video
 * stages): told who joins and leaves, given the frames of their types. A handler that throws is
 * logged and does not disturb the chat or the other handlers.
 */
@ApplicationScoped
public class StageSharing {

    private static final Logger LOG = Logger.getLogger(StageSharing.class.getName());

    @Inject
    @Any
    Instance<StageFrameHandler> found;

    @Inject
    ChatStageChannel channel;

    private volatile List<StageFrameHandler> handlers;

    void joined(StageMember member) {
        each(h -> h.joined(member, channel));
    }

    void left(StageMember member) {
        each(h -> h.left(member, channel));
    }

    /** Hands the frame to the handler of its type; false when no handler takes it. */
    boolean received(StageMember member, String type, JsonObject frame) {
        for (StageFrameHandler h : handlers()) {
            if (h.handles(type)) {
                try {
                    h.received(member, type, frame, channel);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A stage frame handler failed on " + type, e);
                }
                return true;
            }
        }
        return false;
    }

    private void each(Consumer<StageFrameHandler> call) {
        for (StageFrameHandler h : handlers()) {
            try {
                call.accept(h);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A stage frame handler failed", e);
            }
        }
    }

    private List<StageFrameHandler> handlers() {
        List<StageFrameHandler> list = handlers;
        if (list == null) {
            list = found.stream().toList();
            handlers = list;
        }
        return list;
    }
}
