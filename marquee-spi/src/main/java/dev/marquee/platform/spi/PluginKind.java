package dev.marquee.platform.spi;

import dev.marquee.platform.spi.auth.AuthenticationMechanism;
import dev.marquee.platform.spi.chat.ChatProvider;
import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.recording.RecordingStore;
import dev.marquee.platform.spi.ticketing.TicketSource;

/**
 * The extension points, each with the interface its plugins implement.
 *
 * @since 0.1.0
 */
public enum PluginKind {
    MEDIA(MediaProvider.class),
    TICKETING(TicketSource.class),
    AUTHENTICATION(AuthenticationMechanism.class),
    CHAT(ChatProvider.class),
    RECORDING_STORE(RecordingStore.class);

    private final Class<? extends MarqueePlugin> contract;

    PluginKind(Class<? extends MarqueePlugin> contract) {
        this.contract = contract;
    }

    /** The interface a plugin of this kind implements, and the name of its {@code META-INF/services} file. */
    public Class<? extends MarqueePlugin> contract() {
        return contract;
    }
}
