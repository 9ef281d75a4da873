package dev.marquee.platform.spi.chat;

import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.PluginKind;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.settings.SettingsSchema;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A chat attached to stages.
 *
 * <p><b>Lifecycle.</b> One instance for the application's life; called concurrently from request
 * threads. {@link #stageRemoved} runs in the transaction that deletes the stage.
 *
 * @since 0.1.0
 */
public interface ChatProvider extends MarqueePlugin {

    @Override
    default PluginKind kind() {
        return PluginKind.CHAT;
    }

    /** The chat settings each stage takes (enabled, slow mode, ...). */
    SettingsSchema stageSettings();

    /** What the stage's representation shows of its chat (e.g. whether it is open, how many are in it). */
    Map<String, Object> describe(StageRef stage);

    /** The stage is being deleted: drop its messages and connections. */
    void stageRemoved(StageRef stage);

    /**
     * Where a replay's chat is read: the address (relative to the site) of the messages the stage's chat
     * kept from {@code from} to {@code to}, each with its offset in milliseconds from {@code from},
     * deleted ones left out, readable by whoever may watch the stage. Empty when this chat keeps none.
     */
    default Optional<String> replayLog(StageRef stage, Instant from, Instant to) {
        return Optional.empty();
    }
}
