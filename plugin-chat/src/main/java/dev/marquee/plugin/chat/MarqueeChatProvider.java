package dev.marquee.plugin.chat;

import dev.marquee.platform.spi.chat.ChatProvider;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.settings.SettingDescriptor;
import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.SettingType;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.plugin.chat.domain.ChatStore;
import dev.marquee.plugin.chat.domain.RoomSettings;
import dev.marquee.plugin.chat.replay.ReplayWindow;
import dev.marquee.plugin.chat.room.ChatRoom;
import dev.marquee.plugin.chat.room.ChatBus;
import dev.marquee.plugin.chat.room.ChatRooms;
import dev.marquee.plugin.chat.room.RoomSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code chat} plugin as core sees it: each stage's chat settings, what a stage shows of its chat,
 * where a replay's chat log is read, cleanup.
 */
@ApplicationScoped
public class MarqueeChatProvider implements ChatProvider {

    public static final String ID = "chat";

    /** Longest slow mode: ten minutes between one person's messages. */
    static final int MAX_SLOW_MODE = 600;

    public static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingDescriptor.of("enabled", SettingType.BOOLEAN, "Chat open")
                    .help("Attendees can read and write the stage's chat").defaultValue(Boolean.TRUE),
            SettingDescriptor.of("slowModeSeconds", SettingType.INTEGER, "Slow mode (seconds)")
                    .help("Each person may post once every this many seconds; 0 turns slow mode off. "
                            + "Hosts and organizers are never slowed.").defaultValue(0L))
            .withRule(s -> {
                long slow = s.integer("slowModeSeconds").orElse(0L);
                return slow < 0 || slow > MAX_SLOW_MODE
                        ? List.of(new SettingError("slowModeSeconds", "must be between 0 and " + MAX_SLOW_MODE))
                        : List.of();
            });

    @Inject
    ChatStore store;

    @Inject
    ChatRooms rooms;

    @Inject
    ChatBus bus;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Stage chat";
    }

    @Override
    public SettingsSchema stageSettings() {
        return SETTINGS;
    }

    @Override
    public Map<String, Object> describe(StageRef stage) {
        return describe(stage.id());
    }

    /** The chat of the stage {@code stageId}: open or not, slow mode, how many are in it. */
    public Map<String, Object> describe(long stageId) {
        Optional<ChatRoom> live = rooms.loaded(room(stageId));
        RoomSettings settings = live.map(ChatRoom::settings).orElseGet(() -> store.settings(room(stageId)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enabled", settings.enabled());
        json.put("slowModeSeconds", settings.slowModeSeconds());
        json.put("viewers", live.map(ChatRoom::viewers).orElse(0));
        return json;
    }

    @Override
    public void stageRemoved(StageRef stage) {
        store.removeRoom(room(stage.id()));
        bus.send(RoomSignal.removed(room(stage.id())));
    }

    /**
     * {@code /api/v1/stages/{id}/chat/replay?from=&to=} (epoch milliseconds; {@code ChatReplayResource}), or
     * empty for a window that log refuses: reversed, or longer than {@link ReplayWindow#LONGEST}.
     */
    @Override
    public Optional<String> replayLog(StageRef stage, Instant from, Instant to) {
        return ReplayWindow.servable(from, to).map(w -> "/api/v1/stages/" + stage.id() + "/chat/replay?" + w.query());
    }

    /** The room of a stage. */
    public static String room(long stageId) {
        return "stage:" + stageId;
    }
}
