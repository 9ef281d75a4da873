package dev.marquee.platform.infrastructure.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.util.function.LongSupplier;

/**
 * Outgoing mail: {@code marquee_mail_sent} (accepted by the mail server), {@code marquee_mail_failed}
 * (attempts that failed; the mail is retried later) and the gauge {@code marquee_mail_outbox_backlog}
 * (mails waiting or being sent, read from the database by the {@link #backlogFrom source} the
 * dispatcher installs).
 */
@ApplicationScoped
public class MailMetrics {

    @Inject
    MetricRegistry registry;

    private Counter sent;
    private Counter failed;
    private final BacklogGauge backlog = new BacklogGauge();

    /** Created with the application, so that the metrics are listed (at zero) before anything happened. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean registers the metrics
    }

    @PostConstruct
    void register() {
        sent = registry.counter(Metadata.builder().withName("marquee_mail_sent")
                .withDescription("Mails accepted by the mail server").build());
        failed = registry.counter(Metadata.builder().withName("marquee_mail_failed")
                .withDescription("Mail delivery attempts that failed (the mail is tried again later)").build());
        registry.gauge(Metadata.builder().withName("marquee_mail_outbox_backlog")
                .withDescription("Mails in the outbox waiting to be sent or being sent").build(),
                backlog, BacklogGauge::read);
    }

    /** Where the backlog gauge reads from (the outbox). */
    public void backlogFrom(LongSupplier source) {
        backlog.from(source);
    }


    public void sent() {
        sent.inc();
    }

    public void failed() {
        failed.inc();
    }
}
