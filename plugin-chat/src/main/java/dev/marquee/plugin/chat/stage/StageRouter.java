package dev.marquee.plugin.chat.stage;

import static dev.marquee.plugin.chat.JsonSupport.JSON;

import dev.marquee.platform.spi.cluster.ClusterMembers;
import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;
import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.chat.room.LocalConnections;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;

import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends each stage handler call to the stage's owner: calls for stages this instance owns go to the
 * handlers here at once; others travel on the cluster topic {@value #TOPIC} to the owner, which runs them
 * one at a time per stage on its managed executor. The owner remembers who each forwarding instance
 * brought, so when that instance dies its people leave the stage; an instance whose owner died closes
 * the connections it had forwarded (code 1012), and the pages reconnect and join the stage again. Handlers
 * may also {@link #relay} what they summed on this instance to the owner.
 */
@ApplicationScoped
public class StageRouter {

    static final String TOPIC = "chat.stage-calls";
    private static final Logger LOG = Logger.getLogger(StageRouter.class.getName());

    /** The stage handlers on this instance. */
    public interface Handlers {
        void received(StageMember member, String type, JsonObject frame);

        void left(StageMember member);

        /** What a handler relayed to the stage's owner ({@link #relay}). */
        void relayed(long stageId, String type, String frame);
    }

    @Inject
    ClusterTopics topics;

    @Inject
    ClusterMembers members;

    @Inject
    StageOwners owners;

    @Inject
    LocalConnections connections;

    @Resource
    ManagedExecutorService executor;

    /** Connections here that sent handler frames, and the owner their stage had then. */
    private final Map<String, UUID> engaged = new ConcurrentHashMap<>();
    /** On the owner: the members other instances forwarded, by instance. */
    private final Map<UUID, Map<String, StageMember>> forwarded = new ConcurrentHashMap<>();
    private Handlers handlers;
    private SerialLanes lanes;
    private ClusterTopic topic;
    private ClusterTopic.Registration callListener;
    private ClusterMembers.Registration membershipListener;

    /** Starts listening; called once, on an application thread, with the handlers to run. */
    public synchronized void start(Handlers local) {
        if (handlers != null) {
            return;
        }
        handlers = local;
        lanes = new SerialLanes(executor);
        topic = topics.topic(TOPIC);
        callListener = topic.listen(this::arrived);
        membershipListener = members.onLeave(gone -> executor.execute(() -> memberGone(gone)));
    }

    @PreDestroy
    void stop() {
        if (topic != null) {
            callListener.close();
            membershipListener.close();
        }
    }

    /**
     * A frame for a handler from a connection on this instance, parsed once by the socket: handed on as is
     * when this instance owns the stage, as text only when it goes to the owner elsewhere.
     */
    public void received(StageMember member, String type, JsonObject frame) {
        UUID owner = owners.ownerOf(member.stageId());
        UUID me = members.self();
        engaged.put(member.connectionId(), owner);
        if (owner.equals(me)) {
            handlers.received(member, type, frame);
        } else {
            publish(new StageCall(owner, me, StageCall.Kind.RECEIVED, member, type, frame.toString()));
        }
    }

    /**
     * A handler's relay to the owner of the stage: run here at once when this instance owns it, else
     * carried to the owner, which runs it in order with the stage's other calls.
     */
    public void relay(long stageId, String type, String frame) {
        UUID owner = owners.ownerOf(stageId);
        UUID me = members.self();
        if (owner.equals(me)) {
            handlers.relayed(stageId, type, frame);
        } else {
            publish(new StageCall(owner, me, StageCall.Kind.RELAYED, StageCall.relay(me, stageId), type, frame));
        }
    }

    /** A connection on this instance closed. */
    public void left(StageMember member) {
        UUID owner = engaged.remove(member.connectionId());
        UUID me = members.self();
        if (owner == null || owner.equals(me)) {
            handlers.left(member);
        } else {
            publish(new StageCall(owner, me, StageCall.Kind.LEFT, member, null, null));
        }
    }

    private void publish(StageCall call) {
        try {
            topic.publish(call.encode());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not forward a stage frame to its owner", e);
        }
    }

    private void arrived(byte[] data) {
        StageCall call;
        try {
            call = StageCall.decode(data);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring a malformed stage call", e);
            return;
        }
        if (!call.target().equals(members.self())) {
            return;
        }
        StageMember member = call.member();
        lanes.run(member.stageId(), () -> {
            if (call.kind() == StageCall.Kind.RELAYED) {
                handlers.relayed(member.stageId(), call.type(), call.frame());
            } else if (call.kind() == StageCall.Kind.RECEIVED) {
                forwarded.computeIfAbsent(call.from(), k -> new ConcurrentHashMap<>()).put(member.connectionId(), member);
                JsonObject frame = object(call);
                if (frame != null) {
                    handlers.received(member, call.type(), frame);
                }
            } else {
                Map<String, StageMember> theirs = forwarded.get(call.from());
                if (theirs != null) {
                    theirs.remove(member.connectionId());
                }
                handlers.left(member);
            }
        });
    }

    private static JsonObject object(StageCall call) {
        try (JsonReader reader = JSON.createReader(new StringReader(call.frame()))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A forwarded stage frame could not be read: " + call.type(), e);
            return null;
        }
    }

    private void memberGone(UUID gone) {
        try {
            owners.forget(gone);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not drop the stage claims of a departed instance", e);
        }
        Map<String, StageMember> theirs = forwarded.remove(gone);
        if (theirs != null) {
            theirs.values().forEach(member -> lanes.run(member.stageId(), () -> handlers.left(member)));
        }
        engaged.forEach((connectionId, owner) -> {
            if (owner.equals(gone) && engaged.remove(connectionId, owner)) {
                connections.find(connectionId).ifPresent(c -> c.close(CloseReason.CloseCodes.SERVICE_RESTART,
                        "The stage moved to another server; reconnecting"));
            }
        });
    }
}
