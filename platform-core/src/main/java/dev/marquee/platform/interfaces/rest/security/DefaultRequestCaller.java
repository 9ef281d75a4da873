package dev.marquee.platform.interfaces.rest.security;

import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.event.EventService;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.spi.audience.EventVisitor;
import dev.marquee.platform.spi.auth.CallerView;
import dev.marquee.platform.spi.auth.RequestCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Core's {@link RequestCaller}: the request's {@link CurrentCaller} as plugins see it, and an event through
 * {@link EventService#get} (404 when hidden) and {@link AccessPolicy#mayWatch}.
 */
@RequestScoped
public class DefaultRequestCaller implements RequestCaller {

    @Inject
    CurrentCaller caller;

    @Inject
    EventService events;

    @Inject
    AccessPolicy policy;

    @Override
    public CallerView get() {
        return caller.get().asView();
    }

    @Override
    public EventVisitor event(long eventId) {
        Event event = events.get(caller.get(), eventId);
        return new EventVisitor(event.id(), event.title(), policy.mayWatch(caller.get(), event));
    }
}
