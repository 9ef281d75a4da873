package dev.marquee.platform.application.mail;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.mail.OutboxMail;
import dev.marquee.platform.spi.security.LocalRateLimiter;
import dev.marquee.platform.spi.auth.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailStatusServiceTest {

    private static final Caller ORGANIZER = new Caller("account:1", "Olga", "olga@example.org", Set.of(Role.ORGANIZER),
            null, 1L);
    private static final Caller VIEWER = new Caller("attendee:2", "Ada", "ada@example.org", Set.of(Role.VIEWER), 7L, 2L);

    private final FakeSender sender = new FakeSender();
    private final RecordingSteps steps = new RecordingSteps();
    private final MailStatusService service = new MailStatusService();

    @BeforeEach
    void wire() {
        service.access = new AccessPolicy();
        service.sender = sender;
        service.steps = steps;
        service.testMail = new TestMail();
        service.testMail.publicUrl = "https://live.example.org";
        service.limit = new LocalRateLimiter(5, Duration.ofMinutes(1), 100, Clock.systemUTC());
    }

    @Test
    void onlyOrganizersSendTestMails() {
        assertThatThrownBy(() -> service.sendTest(Caller.ANONYMOUS, "x@example.org"))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_SIGNED_IN));
        assertThatThrownBy(() -> service.sendTest(VIEWER, "x@example.org"))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
        assertThat(steps.added).isEmpty();
    }

    @Test
    void withoutAMailServerATestMailIsRefusedWithWhatToSetAndNothingIsQueued() {
        sender.configured = false;
        assertThatThrownBy(() -> service.sendTest(ORGANIZER, "x@example.org"))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.CONFLICT);
                    assertThat(p.error()).isEqualTo("mail_not_configured");
                    assertThat(p.getMessage()).contains("marquee.mail.smtp.host");
                });
        assertThat(steps.added).isEmpty();
    }

    @Test
    void aTestMailIsSentAtOnceAndRecordedAsSent() {
        service.sendTest(ORGANIZER, "x@example.org");
        assertThat(sender.sent).hasSize(1);
        assertThat(sender.sent.get(0).textBody()).contains("olga@example.org", "https://live.example.org");
        assertThat(steps.outcomes).containsExactly(Map.entry(1L, "sent"));
    }

    @Test
    void aRefusalIsAnsweredWithTheServersReasonAndTheMailIsNotTriedAgain() {
        sender.failure = new IllegalStateException("535 5.7.8 authentication failed");
        assertThatThrownBy(() -> service.sendTest(ORGANIZER, "x@example.org"))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.UPSTREAM_FAILED);
                    assertThat(p.error()).isEqualTo("mail_not_sent");
                    assertThat(p.getMessage()).contains("535 5.7.8 authentication failed");
                });
        assertThat(steps.outcomes).containsExactly(
                Map.entry(1L, "abandoned: Test mail: IllegalStateException: 535 5.7.8 authentication failed"));
    }

    @Test
    void fiveTestMailsAMinuteThenTooMany() {
        for (int i = 0; i < 5; i++) {
            service.sendTest(ORGANIZER, "x@example.org");
        }
        assertThatThrownBy(() -> service.sendTest(ORGANIZER, "x@example.org"))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.TOO_MANY);
                    assertThat(p.retryAfter()).isPositive();
                });
        assertThat(sender.sent).hasSize(5);
    }

    private static final class FakeSender implements MailSender {
        boolean configured = true;
        Exception failure;
        final List<OutboxMail> sent = new ArrayList<>();

        @Override
        public boolean configured() {
            return configured;
        }

        @Override
        public Route route() {
            return new Route(configured ? "smtp.example.org:587" : null, "starttls", "Marquee <no-reply@example.org>");
        }

        @Override
        public Connection connect() {
            return new Connection() {
                @Override
                public void send(OutboxMail mail) throws Exception {
                    if (failure != null) {
                        throw failure;
                    }
                    sent.add(mail);
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** The outbox steps without a database: ids from 1, outcomes recorded in order. */
    private static final class RecordingSteps extends OutboxSteps {
        final List<MailDraft> added = new ArrayList<>();
        final List<Map.Entry<Long, String>> outcomes = new ArrayList<>();

        @Override
        public OutboxMail addClaimed(MailDraft draft) {
            added.add(draft);
            OutboxMail mail = new OutboxMail(null, null, draft.to(), draft.subject(), draft.text(), draft.html(),
                    java.time.Instant.now());
            try {
                Field id = OutboxMail.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(mail, (long) added.size());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return mail;
        }

        @Override
        public void sent(long id) {
            outcomes.add(Map.entry(id, "sent"));
        }

        @Override
        public void abandoned(long id, String error) {
            outcomes.add(Map.entry(id, "abandoned: " + error));
        }
    }
}
