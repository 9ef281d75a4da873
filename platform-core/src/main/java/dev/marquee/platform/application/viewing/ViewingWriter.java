package dev.marquee.platform.application.viewing;

import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import dev.marquee.platform.domain.model.viewing.ViewingRepository;
import dev.marquee.platform.domain.model.viewing.ViewingUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;

/** Writes one batch of the journal in one transaction (called from the journal's scheduler thread). */
@ApplicationScoped
public class ViewingWriter {

    @Inject
    ViewingRepository viewings;

    @Transactional
    public void write(Collection<ViewingRecord> added, Collection<ViewingUpdate> changed) {
        viewings.save(added, changed);
    }
}
