package dev.marquee.plugin.twilio.ws;

import static dev.marquee.plugin.twilio.JsonSupport.JSON;

import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.stage.StageChannel;
import dev.marquee.platform.spi.stage.StageFrameHandler;
import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.twilio.TwilioConfig;
import dev.marquee.plugin.twilio.stage.ClientFrame;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.util.Optional;

/**
 * Takes the stage page's {@code stage.*} and {@code party.*} frames off the stage socket and hands
 * them to the stage's live state; nothing happens for a connection until its page sends
 * {@code stage.join}, so stages of other providers cost nothing. Never blocks: state is in memory and
 * Twilio is called from the managed executor.
 */
@ApplicationScoped
public class TwilioStageHandler implements StageFrameHandler {

    @Inject
    TwilioConfig config;

    @Inject
    LiveStages stages;

    @Inject
    TwilioStages directory;

    @Override
    public boolean handles(String type) {
        return type != null && (type.startsWith("stage.") || type.startsWith("party."));
    }

    @Override
    public void joined(StageMember member, StageChannel channel) {
        stages.use(channel);
    }

    @Override
    public void received(StageMember member, String type, JsonObject frame, StageChannel channel) {
        stages.use(channel);
        Optional<ClientFrame> kind = ClientFrame.of(type);
        if (kind.isEmpty()) {
            refuse(member, channel, "unknown_type", "Unknown frame type " + clip(type));
            return;
        }
        if (!config.configured()) {
            refuse(member, channel, "not_configured", config.notConfiguredReason());
            return;
        }
        boolean join = kind.get() == ClientFrame.JOIN || kind.get() == ClientFrame.PARTY_JOIN;
        if (join) {
            Optional<StageRef> stage = directory.find(member.stageId());
            if (stage.isEmpty()) {
                refuse(member, channel, "not_video_stage", "This stage does not use Twilio Video");
                return;
            }
            stages.received(stage.get(), member, kind.get(), frame);
        } else if (stages.find(member.stageId()).isPresent()) {
            stages.find(member.stageId()).get().received(member, kind.get(), frame);
        } else {
            refuse(member, channel, "not_joined", "Send stage.join first");
        }
    }

    @Override
    public void left(StageMember member, StageChannel channel) {
        stages.left(member);
    }

    private static void refuse(StageMember member, StageChannel channel, String error, String detail) {
        channel.toMember(member.connectionId(), JSON.createObjectBuilder().add("type", "error").add("error", error)
                .add("detail", detail).build().toString());
    }

    private static String clip(String type) {
        return type.length() > 40 ? type.substring(0, 40) + "..." : type;
    }
}
