package dev.marquee.plugin.vimeo;

import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.media.Playback;
import dev.marquee.platform.spi.media.PlaybackSource;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.media.Viewer;
import dev.marquee.platform.spi.settings.SettingDescriptor;
import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.SettingType;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A stage that plays a Vimeo video or live event in Vimeo's player. The organizer gives its link or
 * pastes Vimeo's embed code ({@code source}); Marquee accepts only Vimeo's player and builds the
 * player's address itself. Title and thumbnail come from Vimeo's oEmbed endpoint, looked up in the
 * background (provisioning starts the lookup), so playback never waits for Vimeo. Without an API
 * token Vimeo does not say when a live event is on air: the organizer switches {@code live}.
 */
@ApplicationScoped
public class VimeoMediaProvider implements MediaProvider {

    public static final String ID = "vimeo";
    static final String SOURCE = "source";
    static final String LIVE = "live";
    static final String AUTOPLAY = "autoplay";

    private static final Logger LOG = Logger.getLogger(VimeoMediaProvider.class.getName());
    private static final Duration KEEP_FOUND = Duration.ofHours(1);
    private static final Duration KEEP_FAILURE = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 1000;

    private static final SettingsSchema SETTINGS = SettingsSchema.of(
            SettingDescriptor.of(SOURCE, SettingType.TEXT, "Vimeo URL or embed code")
                    .help("The link of a Vimeo video or live event (https://vimeo.com/76979871, "
                            + "https://vimeo.com/event/4867722) or the embed code Vimeo gives, pasted as it is")
                    .asRequired(),
            SettingDescriptor.of(LIVE, SettingType.BOOLEAN, "On air")
                    .help("Vimeo does not tell Marquee when a live event streams: switch this on while it does, "
                            + "and off afterwards, so attendees see the stage as live")
                    .defaultValue(Boolean.FALSE),
            SettingDescriptor.of(AUTOPLAY, SettingType.BOOLEAN, "Start playing by itself")
                    .help("Starts muted, as browsers allow autoplay only without sound")
                    .defaultValue(Boolean.FALSE))
            .withRule(VimeoMediaProvider::check);

    @Inject
    @ConfigProperty(name = "marquee.vimeo.oembed-url", defaultValue = "https://vimeo.com/api/oembed.json")
    String oembedUrl;

    @Inject
    @ConfigProperty(name = "marquee.vimeo.oembed-timeout", defaultValue = "PT2S")
    Duration oembedTimeout;

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private VimeoOEmbedClient client;
    private VimeoOEmbedCache oembed;

    public VimeoMediaProvider() {
    }

    VimeoMediaProvider(VimeoOEmbedCache oembed) {
        this.oembed = oembed;
    }

    @PostConstruct
    void init() {
        client = new VimeoOEmbedClient(URI.create(oembedUrl), oembedTimeout, publicUrl);
        oembed = new VimeoOEmbedCache(client::fetch, Clock.systemUTC(), KEEP_FOUND, KEEP_FAILURE, MAX_REMEMBERED);
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Vimeo";
    }

    @Override
    public SettingsSchema stageSettings() {
        return SETTINGS;
    }

    /** Nothing to create at Vimeo; starts the oEmbed lookup so the first viewers see the title. */
    @Override
    public void provision(StageRef stage) {
        source(stage).ifPresent(oembed::lookup);
    }

    @Override
    public Playback playback(StageRef stage, Viewer viewer) {
        Optional<VimeoSource> source = source(stage);
        if (source.isEmpty()) {
            return new Playback(isLive(stage), List.of());
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("url", source.get().playerUrl(stage.settings().bool(AUTOPLAY)));
        oembed.known(source.get()).ifPresent(found -> attributes.putAll(found.playerAttributes()));
        return new Playback(isLive(stage), List.of(new PlaybackSource("iframe", attributes)));
    }

    @Override
    public boolean isLive(StageRef stage) {
        return stage.settings().bool(LIVE);
    }

    /** {@code vimeo: {kind, id, title}}: what Marquee understood the source to be. */
    @Override
    public Map<String, Object> organizerDetails(StageRef stage) {
        return source(stage).<Map<String, Object>>map(source -> {
            Map<String, Object> vimeo = new LinkedHashMap<>();
            vimeo.put("kind", source.kind().label());
            vimeo.put("id", source.id());
            oembed.known(source).map(VimeoOEmbed::title).ifPresent(title -> vimeo.put("title", title));
            return Map.of("vimeo", vimeo);
        }).orElse(Map.of());
    }

    @Override
    public void deprovision(StageRef stage) {
        // nothing was created at Vimeo
    }

    /** The stage's validated source; empty (and logged) if a stored source is no longer accepted. */
    private static Optional<VimeoSource> source(StageRef stage) {
        try {
            return Optional.of(VimeoSourceParser.parse(stage.settings().string(SOURCE).orElse("")));
        } catch (RejectedSourceException e) {
            LOG.warning(() -> "Stage " + stage.id() + " has a Vimeo source that is not accepted: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static List<SettingError> check(Settings settings) {
        try {
            VimeoSourceParser.parse(settings.string(SOURCE).orElse(""));
            return List.of();
        } catch (RejectedSourceException e) {
            return List.of(new SettingError(SOURCE, e.getMessage()));
        }
    }
}
