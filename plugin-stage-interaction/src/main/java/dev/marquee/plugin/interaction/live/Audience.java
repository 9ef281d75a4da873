package dev.marquee.plugin.interaction.live;

import dev.marquee.platform.spi.audience.OpaquePersonIds;
import dev.marquee.platform.spi.stage.StageChannel;
import dev.marquee.plugin.interaction.domain.Question;
import dev.marquee.plugin.interaction.store.LeaderStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Who gets which frame, through core's {@link StageChannel} (every instance's connections): everyone on a
 * stage, one person (all their tabs), or the stage's leaders ({@link LeaderStore}). A question goes out as
 * each group may see it: waiting for approval or hidden, only to leaders (and a waiting one to its
 * author); hidden, to everyone else as a removal. Blocking (reads the leaders); call off socket threads.
 */
@ApplicationScoped
public class Audience {

    private static final Logger LOG = Logger.getLogger(Audience.class.getName());

    @Inject
    @Any
    Instance<StageChannel> channels;

    @Inject
    LeaderStore leaders;

    @Inject
    OpaquePersonIds ids;

    public void everyone(long stageId, String frame) {
        channel().toStage(stageId, frame);
    }

    /** A frame of counts to everyone: a connection still holding an unsent one adds it into that one. */
    public void everyoneSummed(long stageId, String frame) {
        channel().toStageSummed(stageId, frame);
    }

    /** To this plugin's handler on the stage's owner instance (this one, at once, when it owns it). */
    public void toOwner(long stageId, String type, String frame) {
        channel().toOwner(stageId, type, frame);
    }

    /** To one connection (a person's tab that just joined). */
    public void member(String connectionId, String frame) {
        channel().toMember(connectionId, frame);
    }

    public void person(long stageId, String subject, String frame) {
        channel().toSubject(stageId, subject, frame);
    }

    public void leaders(long stageId, String frame) {
        StageChannel channel = channel();
        for (String subject : leaders.of(stageId)) {
            channel.toSubject(stageId, subject, frame);
        }
    }

    /** A new or changed question, to each as they may see it. */
    public void question(Question q) {
        String frame = Frames.question(q, ids::of).toString();
        if (q.visible()) {
            everyone(q.stageId(), frame);
        } else if (q.hidden()) {
            everyone(q.stageId(), Frames.removed(q.id()));
            leaders(q.stageId(), frame);
        } else {
            leaders(q.stageId(), frame);
            person(q.stageId(), q.authorSubject(), frame);
        }
    }

    /** The opaque id frames carry for a subject. */
    public String personId(String subject) {
        return ids.of(subject);
    }

    /** The stage socket; without one (a deployment without the chat plugin) frames go nowhere, said once. */
    private StageChannel channel() {
        if (!channels.isResolvable()) {
            if (!warned) {
                warned = true;
                LOG.warning("No stage socket (StageChannel) in this deployment: interaction frames are not sent");
            }
            throw new IllegalStateException("No stage socket in this deployment");
        }
        return channels.get();
    }

    private volatile boolean warned;
}
