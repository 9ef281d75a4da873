package dev.marquee.plugin.interaction.live;

import dev.marquee.platform.spi.security.LocalRateLimiter;
import dev.marquee.platform.spi.security.RateLimiter;
import dev.marquee.plugin.interaction.domain.InteractionSettings;
import dev.marquee.plugin.interaction.domain.Question;
import dev.marquee.plugin.interaction.domain.QuestionQueue;
import dev.marquee.plugin.interaction.store.QuestionStore;
import dev.marquee.plugin.interaction.text.QuestionText;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The question queue's rules, for the socket and REST alike: who may ask (Q&A on and not locked; anonymous
 * only where allowed), how long and how often (one question per person per {@code ask-interval} on a stage),
 * one vote per person on visible questions, and the leaders' moderation. Every change is stored and then
 * sent to each as they may see it ({@link Audience}). Blocking; call off socket threads. Thread-safe.
 */
@ApplicationScoped
public class QaService {

    @Inject
    QuestionStore questions;

    @Inject
    StageSettings settings;

    @Inject
    Audience audience;

    @Inject
    @ConfigProperty(name = "marquee.interaction.question-max-length", defaultValue = "500")
    int maxLength;

    @Inject
    @ConfigProperty(name = "marquee.interaction.ask-interval", defaultValue = "PT20S")
    Duration askInterval;

    private final Clock clock = Clock.systemUTC();
    private RateLimiter asking;

    @PostConstruct
    void limits() {
        asking = new LocalRateLimiter(1, askInterval, 100_000, clock);
    }

    /** The queue as one person sees it: every question for leaders, visible ones for others. */
    public List<Question> queue(long stageId, boolean leads) {
        return QuestionQueue.seenBy(questions.ofStage(stageId), leads);
    }

    public Question ask(long stageId, String subject, String name, boolean leads, String raw, boolean anonymous) {
        InteractionSettings s = settings.of(stageId);
        if (!s.qaEnabled()) {
            throw new Refusal("qa_off", "Questions are not taken on this stage");
        }
        if (s.qaLocked()) {
            throw new Refusal("qa_locked", "The question queue is closed");
        }
        if (anonymous && !s.qaAnonymous()) {
            throw new Refusal("anonymous_off", "Questions on this stage are asked under your name");
        }
        String plain = QuestionText.plain(raw);
        int length = QuestionText.length(plain);
        if (length == 0 || length > maxLength) {
            throw new Refusal("invalid_question", "A question has 1 to " + maxLength + " characters");
        }
        String safe = QuestionText.safe(plain);
        if (safe.isEmpty()) {
            throw new Refusal("invalid_question", "Nothing is left of that question once markup is removed");
        }
        Duration wait = asking.acquire(stageId + ":" + subject);
        if (!wait.isZero()) {
            throw new Refusal("rate_limited", "One question at a time: ask again in "
                    + Math.max(1, (wait.toMillis() + 999) / 1000) + " s");
        }
        Question q = questions.ask(stageId, subject, name, anonymous, safe, leads || !s.qaPremoderated(), clock.instant());
        audience.question(q);
        return q;
    }

    /** Counts one vote of {@code subject}; a second vote by the same person changes nothing. */
    public void vote(long stageId, String subject, long questionId) {
        Question q = questions.find(questionId).filter(found -> found.stageId() == stageId && found.visible())
                .orElseThrow(() -> new Refusal("not_found", "No such question on this stage"));
        if (!settings.of(q.stageId()).qaEnabled()) {
            throw new Refusal("qa_off", "Questions are not taken on this stage");
        }
        questions.vote(q.id(), subject).ifPresent(audience::question);
    }

    public Optional<Question> find(long questionId) {
        return questions.find(questionId);
    }

    /** Marks a question answered, hidden or approved (by a leader) and tells everyone. */
    public Question mark(Question q, QuestionStore.Flag flag) {
        Question after = questions.mark(q.id(), flag).orElseThrow(() -> new Refusal("not_found", "No such question"));
        audience.question(after);
        return after;
    }

    /** Pins the question (unpinning any other on its stage), or with {@code q} null unpins the stage's. */
    public List<Question> pin(long stageId, Question q) {
        if (q != null && !q.visible()) {
            throw new Refusal("not_visible", "Approve the question before pinning it");
        }
        List<Question> changed = questions.pin(stageId, q == null ? null : q.id());
        changed.forEach(audience::question);
        return changed;
    }
}
