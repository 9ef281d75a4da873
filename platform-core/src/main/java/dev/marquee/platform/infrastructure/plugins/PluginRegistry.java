package dev.marquee.platform.infrastructure.plugins;

import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.auth.AuthenticationMechanism;
import dev.marquee.platform.spi.chat.ChatProvider;
import dev.marquee.platform.spi.media.MediaProvider;
import dev.marquee.platform.spi.ticketing.TicketSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The plugins found at deployment, by id, as CDI beans. Built once; read concurrently afterwards.
 * Two plugins with the same id are a packaging mistake: the first found is kept and the other is
 * reported in the log.
 */
@ApplicationScoped
public class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    @Inject
    PluginDiscoveryExtension discovery;

    @Inject
    BeanManager beanManager;

    private final Map<String, MarqueePlugin> byId = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        DropInServices.useCoreBeans(beanManager);
        for (Class<? extends MarqueePlugin> type : discovery.orderedPluginClasses()) {
            MarqueePlugin plugin = beanManager.createInstance().select(type).get();
            MarqueePlugin previous = byId.putIfAbsent(plugin.id(), plugin);
            if (previous != null) {
                LOG.severe(() -> "Two plugins have the id '" + plugin.id() + "': keeping "
                        + previous.getClass().getName() + ", ignoring " + type.getName());
            } else {
                LOG.info(() -> "Plugin " + plugin.id() + " " + plugin.version() + " (" + plugin.kind() + ")"
                        + (plugin.configured() ? "" : " is not configured"));
            }
        }
    }

    /** Every plugin, ordered by kind then id. */
    public List<MarqueePlugin> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing(MarqueePlugin::kind).thenComparing(MarqueePlugin::id))
                .toList();
    }

    public Optional<MarqueePlugin> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<MediaProvider> mediaProvider(String id) {
        return find(id).filter(MediaProvider.class::isInstance).map(MediaProvider.class::cast);
    }

    public Optional<TicketSource> ticketSource(String id) {
        return find(id).filter(TicketSource.class::isInstance).map(TicketSource.class::cast);
    }

    public Optional<AuthenticationMechanism> authenticationMechanism(String id) {
        return find(id).filter(AuthenticationMechanism.class::isInstance).map(AuthenticationMechanism.class::cast);
    }

    /** The chat plugin, if one is installed (the first by id if several are). */
    public Optional<ChatProvider> chat() {
        return ofType(ChatProvider.class).stream().findFirst();
    }

    public <T extends MarqueePlugin> List<T> ofType(Class<T> type) {
        return all().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
