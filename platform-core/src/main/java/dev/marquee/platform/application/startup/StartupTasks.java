package dev.marquee.platform.application.startup;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.setup.DemoEvent;
import dev.marquee.platform.application.setup.OrganizerSetup;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.spi.events.PlatformStarted;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Start-up, once the schema is current: the bootstrap organizer (or a setup link), the demo event on
 * first start, and a sweep of expired sessions; then {@link PlatformStarted} for the plugins' and
 * core's background work that needs the database or the data grid.
 *
 * <p>The setup link is logged framed, and once more a few seconds later: by then the application server
 * has printed its own "ready" lines, so the link is the last thing on the console of a first start
 * rather than hidden above them.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());
    /**
     * When the link is repeated while there is still no organizer: after deployment Payara Micro prints its URLs
     * and "ready in" within a second on a quiet machine, but on a busy one (a 43 s boot in CI) more than 4 s
     * after this task ran; the second repeat then comes after Payara's lines.
     */
    private static final List<Duration> REPEAT_AFTER = List.of(Duration.ofSeconds(4), Duration.ofSeconds(30));

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrganizerSetup organizers;

    @Inject
    DemoEvent demo;

    @Inject
    SignInService signIns;

    @Inject
    Event<PlatformStarted> started;

    @Inject
    @ConfigProperty(name = "marquee.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "marquee.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "marquee.demo", defaultValue = "true")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @PostConstruct
    void start() {
        bootstrapOrganizer();
        if (demoEnabled && demo.seedOnFirstStart()) {
            LOG.info("Seeded the demo event at " + publicUrl + "/e/" + DemoEvent.SLUG);
        }
        signIns.purgeExpired();
        started.fire(new PlatformStarted());
    }

    private void bootstrapOrganizer() {
        if (adminEmail.isPresent() && adminPassword.isPresent()) {
            try {
                organizers.ensureOrganizer(adminEmail.get(), adminPassword.get(), "Organizer");
                LOG.info("Bootstrap organizer " + adminEmail.get() + " is ready");
                return;
            } catch (Problem e) {
                LOG.severe("marquee.admin.email / marquee.admin.password were not applied: " + e.getMessage());
            }
        }
        organizers.issueSetupToken().ifPresent(token -> {
            String link = publicUrl + "/setup.html#token=" + token;
            LOG.warning(() -> SetupNotice.framed(link, false));
            for (Duration after : REPEAT_AFTER) {
                scheduler.schedule(() -> {
                    if (!organizers.anyOrganizer()) {
                        LOG.warning(() -> SetupNotice.framed(link, true));
                    }
                }, after.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }
}
