package dev.marquee.plugin.twilio.ws;

import dev.marquee.platform.spi.events.StageLiveChanged;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.stage.StageChannel;
import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.twilio.StageOptions;
import dev.marquee.plugin.twilio.TwilioConfig;
import dev.marquee.plugin.twilio.api.AsyncVideoRooms;
import dev.marquee.plugin.twilio.api.TwilioRoomsClient;
import dev.marquee.plugin.twilio.api.TwilioTokens;
import dev.marquee.plugin.twilio.stage.ClientFrame;
import dev.marquee.plugin.twilio.stage.InteractiveStage;
import dev.marquee.plugin.twilio.stage.LiveStage;
import dev.marquee.plugin.twilio.stage.Party;
import dev.marquee.plugin.twilio.stage.RoomEvent;
import dev.marquee.plugin.twilio.stage.RoomNames;
import dev.marquee.plugin.twilio.stage.StageTools;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live state of every Twilio stage on this instance, created when the first person joins and
 * forgotten when the last leaves. Built on {@link StageTools} wired to the container: the managed
 * executors, the stage channel, Twilio's client and {@code StageLiveChanged} events.
 */
@ApplicationScoped
public class LiveStages {

    private final Map<Long, LiveStage> stages = new ConcurrentHashMap<>();

    @Inject
    TwilioConfig config;

    @Inject
    @Any
    Instance<StageChannel> channels;

    @Inject
    Event<StageLiveChanged> liveEvents;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ForwardingChannel channel;
    private StageTools tools;

    @PostConstruct
    void init() {
        Clock clock = Clock.systemUTC();
        channel = new ForwardingChannel(() -> channels.isResolvable() ? channels.get() : null);
        AsyncVideoRooms rooms = new AsyncVideoRooms(new LazyClient(config), executor, config.requestTimeout());
        TwilioTokens tokens = config.configured() ? new TwilioTokens(config.accountSid(), config.apiKey(),
                config.apiSecret(), config.tokenTtl()) : null;
        tools = new StageTools(channel, rooms, tokens, clock, scheduler, config.stateInterval(),
                (stageId, live) -> liveEvents.fireAsync(new StageLiveChanged(stageId, live, clock.instant())));
    }

    @PreDestroy
    void shutdown() {
        stages.values().forEach(stage -> {
            try {
                stage.end("server_stopping");
            } catch (RuntimeException e) {
                // shutting down: Twilio completes an empty room by itself after a few minutes
            }
        });
    }

    /** The channel the socket's owner gave us last. */
    void use(StageChannel current) {
        channel.use(current);
    }

    public Optional<LiveStage> find(long stageId) {
        return Optional.ofNullable(stages.get(stageId));
    }

    /** Hands a frame to the stage's state, creating it for {@code stage.join}. */
    void received(StageRef stage, StageMember member, ClientFrame type, JsonObject frame) {
        while (true) {
            LiveStage live = stages.computeIfAbsent(stage.id(), id -> create(stage));
            synchronized (live) {
                if (stages.get(stage.id()) == live) {
                    live.received(member, type, frame);
                    return;
                }
            }
        }
    }

    /** A connection closed: the stage forgets it, and is forgotten itself once nobody is left. */
    void left(StageMember member) {
        LiveStage live = stages.get(member.stageId());
        if (live != null) {
            synchronized (live) {
                live.left(member);
                if (live.idle()) {
                    stages.remove(member.stageId(), live);
                }
            }
        }
    }

    /** A checked room callback, for the stage whose room it names. */
    public void roomEvent(RoomEvent event) {
        RoomNames.stageId(event.roomName()).ifPresent(id -> find(id).ifPresent(live -> live.roomEvent(event)));
    }

    /** New settings: the same mode carries on with them; another mode ends the stage's session. */
    public void reconfigure(StageRef stage) {
        LiveStage live = stages.get(stage.id());
        if (live == null) {
            return;
        }
        StageOptions options = StageOptions.of(stage.settings());
        boolean sameMode = options.mode() == StageOptions.Mode.PARTY ? live instanceof Party
                : live instanceof InteractiveStage;
        if (sameMode) {
            live.reconfigure(options, options.overflowUrl(stage.eventSlug()).orElse(null));
        } else if (stages.remove(stage.id(), live)) {
            live.end("settings_changed");
        }
    }

    /** The stage was deleted (or given another provider): its session ends and its room is completed. */
    public void remove(long stageId) {
        LiveStage live = stages.remove(stageId);
        if (live != null) {
            live.end("stage_removed");
        } else if (config.configured()) {
            tools.rooms().complete(RoomNames.of(stageId));
        }
    }

    private LiveStage create(StageRef stage) {
        StageOptions options = StageOptions.of(stage.settings());
        String overflow = options.overflowUrl(stage.eventSlug()).orElse(null);
        return options.mode() == StageOptions.Mode.PARTY
                ? new Party(stage.id(), options, overflow, tools)
                : new InteractiveStage(stage.id(), options, overflow, tools);
    }

    /** Twilio's client, built on first use (never while the credentials are missing). */
    private static final class LazyClient implements java.util.function.Supplier<TwilioRoomsClient> {

        private final TwilioConfig config;
        private volatile TwilioRoomsClient client;

        LazyClient(TwilioConfig config) {
            this.config = config;
        }

        @Override
        public TwilioRoomsClient get() {
            TwilioRoomsClient built = client;
            if (built == null) {
                synchronized (this) {
                    if (client == null) {
                        client = TwilioRoomsClient.of(config);
                    }
                    built = client;
                }
            }
            return built;
        }
    }
}
