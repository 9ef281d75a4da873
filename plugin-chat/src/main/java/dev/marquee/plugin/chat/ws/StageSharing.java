package dev.marquee.plugin.chat.ws;

import static dev.marquee.plugin.chat.JsonSupport.JSON;

import dev.marquee.platform.spi.stage.StageFrameHandler;
import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.chat.stage.StageRouter;
import dev.marquee.platform.spi.events.PlatformStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The other plugins on the stage socket (core's {@link StageFrameHandler}s, e.g. interactive video
 * stages): told who joins and leaves, given the frames of their types on the instance that owns the
 * stage ({@link StageRouter}), so a handler's state for a stage lives in one place in the cluster, or here
 * for the types a handler takes here (it relays their sums to the owner itself). A handler that throws is logged and does not disturb the chat or the other handlers.
 */
@ApplicationScoped
public class StageSharing {

    private static final Logger LOG = Logger.getLogger(StageSharing.class.getName());

    @Inject
    @Any
    Instance<StageFrameHandler> found;

    @Inject
    ChatStageChannel channel;

    @Inject
    StageRouter router;

    private volatile List<StageFrameHandler> handlers;
    private volatile boolean started;

    /**
     * Starts with the platform (the sealed grid needs the schema): frames forwarded by other instances
     * may come before anyone joins here.
     */
    void eager(@Observes PlatformStarted platform) {
        start();
    }

    /** Also on the first frame, should one come before the platform announced itself. */
    private void start() {
        if (started) {
            return;
        }
        synchronized (this) {
            if (started) {
                return;
            }
            handlers();
            router.start(new StageRouter.Handlers() {
                @Override
                public void received(StageMember member, String type, JsonObject frame) {
                    handle(member, type, frame);
                }

                @Override
                public void left(StageMember member) {
                    each(h -> h.left(member, channel));
                }

                @Override
                public void relayed(long stageId, String type, String frame) {
                    relay(stageId, type, frame);
                }
            });
            started = true;
        }
    }

    void joined(StageMember member) {
        each(h -> h.joined(member, channel));
    }

    void left(StageMember member) {
        start();
        router.left(member);
    }

    /**
     * Hands the frame to the handler of its type: here when it takes that type {@linkplain
     * StageFrameHandler#handlesHere here}, else on the stage's owner; false when no handler takes it.
     */
    boolean received(StageMember member, String type, JsonObject frame) {
        start();
        for (StageFrameHandler h : handlers()) {
            if (h.handles(type)) {
                if (h.handlesHere(type)) {
                    safely(type, () -> h.received(member, type, frame, channel));
                } else {
                    router.received(member, type, frame);
                }
                return true;
            }
        }
        return false;
    }

    /** A handler's relay of {@code type} to the owner of the stage (see {@link ChatStageChannel#toOwner}). */
    void toOwner(long stageId, String type, String frame) {
        start();
        router.relay(stageId, type, frame);
    }

    private void relay(long stageId, String type, String frame) {
        for (StageFrameHandler h : handlers()) {
            if (h.handles(type)) {
                try (JsonReader reader = JSON.createReader(new StringReader(frame))) {
                    JsonObject object = reader.readObject();
                    safely(type, () -> h.relayed(stageId, type, object, channel));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A relayed stage frame could not be read: " + type, e);
                }
                return;
            }
        }
    }

    private static void safely(String type, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A stage frame handler failed on " + type, e);
        }
    }

    private void handle(StageMember member, String type, JsonObject frame) {
        for (StageFrameHandler h : handlers()) {
            if (h.handles(type)) {
                safely(type, () -> h.received(member, type, frame, channel));
                return;
            }
        }
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
