package dev.marquee.platform.infrastructure.metrics;

import dev.marquee.platform.domain.model.ticketing.ImportCounts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Ticket imports: {@code marquee_tickets_imports{outcome=succeeded|failed}} runs, and the rows they
 * read, {@code marquee_tickets_rows_imported} (accepted: created, updated, cancelled or unchanged)
 * and {@code marquee_tickets_rows_rejected}. Counted once per run, when it ends.
 */
@ApplicationScoped
public class TicketMetrics {

    @Inject
    MetricRegistry registry;

    private Counter succeeded;
    private Counter failed;
    private Counter imported;
    private Counter rejected;

    /** Created with the application, so that the metrics are listed (at zero) before anything happened. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean registers the metrics
    }

    @PostConstruct
    void register() {
        Metadata runs = Metadata.builder().withName("marquee_tickets_imports")
                .withDescription("Ticket import runs finished, by outcome").build();
        succeeded = registry.counter(runs, new Tag("outcome", "succeeded"));
        failed = registry.counter(runs, new Tag("outcome", "failed"));
        imported = registry.counter(Metadata.builder().withName("marquee_tickets_rows_imported")
                .withDescription("Ticket rows accepted by imports (created, updated, cancelled or unchanged)").build());
        rejected = registry.counter(Metadata.builder().withName("marquee_tickets_rows_rejected")
                .withDescription("Ticket rows rejected by imports").build());
    }

    /** A run ended; {@code counts} are its totals. */
    public void runEnded(boolean success, ImportCounts counts) {
        (success ? succeeded : failed).inc();
        imported.inc(Math.max(0, counts.rowsRead() - counts.rejected()));
        rejected.inc(counts.rejected());
    }
}
