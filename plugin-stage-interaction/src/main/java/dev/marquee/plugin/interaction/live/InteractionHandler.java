package dev.marquee.plugin.interaction.live;

import dev.marquee.platform.spi.stage.StageChannel;
import dev.marquee.platform.spi.stage.StageFrameHandler;
import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.interaction.domain.InteractionSettings;
import dev.marquee.plugin.interaction.store.LeaderStore;
import dev.marquee.plugin.interaction.store.QuestionStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Interaction's part in the stage socket (core's {@link StageFrameHandler}): {@code qa.*}, {@code poll.*} and
 * {@code reaction.*} frames. A person who joins gets the queue they may see and the open poll. Reactions are
 * counted on the socket thread of the instance the person is connected to (memory only), their sums relayed
 * to the stage's owner; everything else runs on the managed executor in order per
 * connection ({@link Lanes}), and a refused frame is answered with an {@code error} frame naming why.
 */
@ApplicationScoped
public class InteractionHandler implements StageFrameHandler {

    @Resource
    ManagedExecutorService executor;

    @Inject
    StageSettings settings;

    @Inject
    QaService qa;

    @Inject
    PollService polls;

    @Inject
    Reactions reactions;

    @Inject
    LeaderStore leaders;

    @Inject
    Audience audience;

    private Lanes lanes;

    @PostConstruct
    void lanes() {
        lanes = new Lanes(executor);
    }

    @Override
    public boolean handles(String type) {
        return ClientFrame.ours(type);
    }

    /** Reactions are summed where the clicker is connected; the sums go to the owner each beat ({@link Pulse}). */
    @Override
    public boolean handlesHere(String type) {
        return ClientFrame.REACTION_SEND.wire().equals(type);
    }

    @Override
    public void relayed(long stageId, String type, JsonObject frame, StageChannel channel) {
        if (!Frames.RELAYED_REACTIONS.equals(type) || !(frame.get("counts") instanceof JsonObject counts)) {
            return;
        }
        Map<String, Integer> sums = new HashMap<>();
        counts.forEach((emoji, n) -> {
            if (n instanceof JsonNumber number && number.isIntegral()) {
                sums.put(emoji, number.intValue());
            }
        });
        Optional<InteractionSettings> known = settings.cached(stageId);
        if (known.isPresent()) {
            reactions.owned(known.get(), stageId, sums);
        } else {
            lanes.run("relay:" + stageId, () -> reactions.owned(settings.of(stageId), stageId, sums));
        }
    }

    @Override
    public void joined(StageMember member, StageChannel channel) {
        lanes.run(member.connectionId(), () -> {
            if (!member.guest()) {
                // guests never lead; a signed-in person who no longer leads is struck off
                leaders.seen(member.stageId(), member.subject(), member.leads(), Instant.now());
            }
            InteractionSettings s = settings.of(member.stageId());
            if (s.qaEnabled()) {
                audience.member(member.connectionId(),
                        Frames.queue(qa.queue(member.stageId(), member.leads()), audience::personId));
            }
            polls.greet(member.stageId(), member.connectionId(), member.subject(), member.leads());
        });
    }

    @Override
    public void received(StageMember member, String type, JsonObject frame, StageChannel channel) {
        Optional<ClientFrame> kind = ClientFrame.of(type);
        if (kind.isEmpty()) {
            channel.toMember(member.connectionId(), Frames.error("unknown_type", "Unknown frame type"));
            return;
        }
        if (kind.get() == ClientFrame.REACTION_SEND) {
            String emoji = frame.getString("emoji", null);
            Optional<InteractionSettings> known = settings.cached(member.stageId());
            if (known.isPresent()) {
                reactions.click(known.get(), member.stageId(), member.subject(), emoji);
            } else {
                lanes.run(member.connectionId(), () ->
                        reactions.click(settings.of(member.stageId()), member.stageId(), member.subject(), emoji));
            }
            return;
        }
        lanes.run(member.connectionId(), () -> {
            try {
                apply(member, kind.get(), frame, channel);
            } catch (Refusal r) {
                channel.toMember(member.connectionId(), Frames.error(r.error(), r.detail()));
            }
        });
    }

    @Override
    public void left(StageMember member, StageChannel channel) {
        // nothing is kept per connection
    }

    private void apply(StageMember member, ClientFrame kind, JsonObject frame, StageChannel channel) {
        if (kind.leadersOnly() && !member.leads()) {
            throw new Refusal("forbidden", "Only hosts, moderators and organizers moderate questions");
        }
        if (member.guest() && member.displayName().isBlank()) {
            throw new Refusal("name_required", "Give your name first");
        }
        long stageId = member.stageId();
        switch (kind) {
            case QA_ASK -> qa.ask(stageId, member.subject(), member.displayName(), member.leads(),
                    frame.getString("text", ""), frame.getBoolean("anonymous", false));
            case QA_VOTE -> qa.vote(stageId, member.subject(), id(frame));
            case QA_ANSWER -> qa.mark(question(stageId, frame), QuestionStore.Flag.ANSWERED);
            case QA_HIDE -> qa.mark(question(stageId, frame), QuestionStore.Flag.HIDDEN);
            case QA_APPROVE -> qa.mark(question(stageId, frame), QuestionStore.Flag.APPROVED);
            case QA_PIN -> qa.pin(stageId, question(stageId, frame));
            case QA_UNPIN -> qa.pin(stageId, null);
            case POLL_VOTE -> polls.vote(stageId, member.subject(), id(frame), indexes(frame), r ->
                    channel.toMember(member.connectionId(), Frames.error(r.error(), r.detail())));
            default -> throw new Refusal("unknown_type", "Unknown frame type");
        }
    }

    private dev.marquee.plugin.interaction.domain.Question question(long stageId, JsonObject frame) {
        return qa.find(id(frame)).filter(q -> q.stageId() == stageId)
                .orElseThrow(() -> new Refusal("not_found", "No such question on this stage"));
    }

    /** The {@code id} of a frame, a number or a string of digits. */
    static long id(JsonObject frame) {
        JsonValue v = frame.get("id");
        try {
            if (v instanceof JsonNumber n) {
                return n.longValueExact();
            }
            if (v instanceof JsonString s) {
                return Long.parseLong(s.getString());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // answered below
        }
        throw new Refusal("invalid_frame", "The frame needs an id");
    }

    /** The option indexes of a {@code poll.vote} (a non-integer makes the vote invalid). */
    static List<Integer> indexes(JsonObject frame) {
        JsonValue v = frame.get("options");
        if (!(v instanceof JsonArray array) || array.size() > 64) {
            throw new Refusal("invalid_vote", "A vote names its options: \"options\": [index, ...]");
        }
        List<Integer> out = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonNumber n) || !n.isIntegral()) {
                throw new Refusal("invalid_vote", "Options are given by their index");
            }
            out.add(n.intValue());
        }
        return out;
    }
}
