package dev.marquee.platform.application.access;

import dev.marquee.platform.spi.audience.OpaquePersonIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Core's {@link OpaquePersonIds}: {@link PersonIds}, so a plugin's ids are the ones core and chat send. */
@ApplicationScoped
public class DefaultOpaquePersonIds implements OpaquePersonIds {

    @Inject
    PersonIds ids;

    @Override
    public String of(String subject) {
        return ids.of(subject);
    }
}
