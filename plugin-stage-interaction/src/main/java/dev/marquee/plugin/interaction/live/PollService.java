package dev.marquee.plugin.interaction.live;

import dev.marquee.plugin.interaction.domain.Ballot;
import dev.marquee.plugin.interaction.domain.Poll;
import dev.marquee.plugin.interaction.domain.PollDraft;
import dev.marquee.plugin.interaction.domain.PollResults;
import dev.marquee.plugin.interaction.domain.PollState;
import dev.marquee.plugin.interaction.store.PollStore;
import dev.marquee.plugin.interaction.store.PollVote;
import dev.marquee.plugin.interaction.text.QuestionText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Polls' rules, for the socket and REST alike: leaders prepare, open (one open poll per stage: opening one
 * closes the other), close and delete polls; each person votes once, or replaces their vote while the poll
 * is open when it is changeable. Votes mark the poll's results for the next push ({@link Pulse}); opening and
 * closing are sent at once, closing with the final counts to everyone. Blocking; thread-safe.
 */
@ApplicationScoped
public class PollService {

    @Inject
    PollStore polls;

    @Inject
    StageSettings settings;

    @Inject
    Audience audience;

    @Inject
    ResultsPush push;

    @Inject
    BallotBox box;

    private final Clock clock = Clock.systemUTC();

    public List<Poll> ofStage(long stageId) {
        return polls.ofStage(stageId);
    }

    public Optional<Poll> find(long pollId) {
        return polls.find(pollId);
    }

    public PollResults results(Poll poll) {
        return polls.results(poll);
    }

    /** Stores a draft with its texts made safe; a {@link Refusal} ({@code invalid_poll}) when it breaks the rules. */
    public Poll create(long stageId, PollDraft draft) {
        Optional<String> problem = draft.problem();
        if (problem.isPresent()) {
            throw new Refusal("invalid_poll", problem.get());
        }
        PollDraft safe = new PollDraft(QuestionText.safe(QuestionText.plain(draft.question())),
                draft.options().stream().map(o -> QuestionText.safe(QuestionText.plain(o))).toList(),
                draft.multiple(), draft.changeable(), draft.resultsLive());
        if (safe.question().isEmpty() || safe.options().stream().anyMatch(String::isEmpty)) {
            throw new Refusal("invalid_poll", "Nothing is left of a text once markup is removed");
        }
        return polls.create(stageId, safe, clock.instant());
    }

    public Poll open(Poll poll) {
        if (!settings.of(poll.stageId()).pollsEnabled()) {
            throw new Refusal("polls_off", "Polls are off on this stage: switch them on first");
        }
        if (poll.state() == PollState.OPEN) {
            return poll;
        }
        for (Poll closed : polls.openOnly(poll)) {
            audience.everyone(closed.stageId(), Frames.pollResults("poll.close", polls.results(closed)));
        }
        Poll open = poll.withState(PollState.OPEN);
        audience.everyone(open.stageId(), Frames.pollOpen(open));
        return open;
    }

    public Poll close(Poll poll) {
        if (poll.state() != PollState.OPEN) {
            return poll;
        }
        polls.setState(poll.id(), PollState.CLOSED);
        push.forget(poll.id());
        Poll closed = poll.withState(PollState.CLOSED);
        audience.everyone(closed.stageId(), Frames.pollResults("poll.close", polls.results(closed)));
        return closed;
    }

    public void delete(Poll poll) {
        polls.delete(poll.id());
        push.forget(poll.id());
        if (poll.state() == PollState.OPEN) {
            audience.everyone(poll.stageId(), Frames.pollResults("poll.close",
                    new PollResults(poll.id(), poll.options().stream().map(o -> 0).toList(), 0)));
        }
    }

    /**
     * Records a vote from the socket ({@link BallotBox}: stored with the votes around it) and tells the voter
     * what their ballot now says; a vote the rules or the database refuse is handed to {@code refused}.
     * Only the checks that need no write run on the caller's thread.
     */
    public void vote(long stageId, String subject, long pollId, List<Integer> chosen, Consumer<Refusal> refused) {
        Poll poll = polls.find(pollId).filter(p -> p.stageId() == stageId)
                .orElseThrow(() -> new Refusal("not_found", "No such poll on this stage"));
        if (poll.state() != PollState.OPEN) {
            throw new Refusal("poll_closed", "This poll is not open");
        }
        List<Integer> choices = Ballot.validate(poll, chosen).orElseThrow(() -> new Refusal("invalid_vote",
                poll.multiple() ? "Choose one or more of the options, each once" : "Choose exactly one option"));
        box.cast(poll.id(), new PollVote(subject, choices, clock.instant())).whenComplete((outcome, failure) -> {
            if (failure != null) {
                refused.accept(new Refusal("vote_failed", "Your vote could not be stored: send it again"));
                return;
            }
            switch (outcome) {
                case NOT_OPEN -> refused.accept(new Refusal("poll_closed", "This poll is not open"));
                case ALREADY_VOTED -> refused.accept(new Refusal("already_voted", "You have voted on this poll"));
                default -> {
                    audience.person(stageId, subject, Frames.voted(poll.id(), choices));
                    push.changed(poll);
                }
            }
        });
    }

    /** What a person who joins a stage is told: the open poll, its results when they may see them, their vote. */
    public void greet(long stageId, String connectionId, String subject, boolean leads) {
        polls.open(stageId).ifPresent(poll -> {
            audience.member(connectionId, Frames.pollOpen(poll));
            if (poll.resultsLive() || leads) {
                audience.member(connectionId, Frames.pollResults("poll.results", polls.results(poll)));
            }
            List<Integer> mine = polls.choicesOf(poll.id(), subject);
            if (!mine.isEmpty()) {
                audience.member(connectionId, Frames.voted(poll.id(), mine));
            }
        });
    }
}
