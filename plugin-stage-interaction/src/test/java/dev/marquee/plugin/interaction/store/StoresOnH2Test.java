package dev.marquee.plugin.interaction.store;

import dev.marquee.plugin.interaction.domain.InteractionSettings;
import dev.marquee.plugin.interaction.domain.Poll;
import dev.marquee.plugin.interaction.domain.PollDraft;
import dev.marquee.plugin.interaction.domain.PollState;
import dev.marquee.plugin.interaction.domain.Question;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The stores on a real H2 database with the plugin's migrations: what the database decides. */
class StoresOnH2Test {

    private QuestionStore questions;
    private PollStore polls;
    private SettingsStore settings;
    private LeaderStore leaders;

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE stage (id BIGINT PRIMARY KEY)");
            s.execute("INSERT INTO stage (id) VALUES (1), (2)");
        }
        assertThat(InteractionSchema.apply(ds)).isEqualTo(1);
        Jdbc jdbc = new Jdbc(ds);
        questions = new QuestionStore(jdbc);
        polls = new PollStore(jdbc);
        settings = new SettingsStore(jdbc);
        leaders = new LeaderStore(jdbc);
    }

    @Test
    void theAuthorsVoteCountsAndASecondVoteByAnyoneIsIgnored() {
        Question q = questions.ask(1, "guest:a", "Ada", false, "Why?", true, Instant.now());
        assertThat(q.votes()).isEqualTo(1);
        assertThat(questions.vote(q.id(), "guest:a")).isEmpty();
        assertThat(questions.vote(q.id(), "guest:b")).map(Question::votes).contains(2);
        assertThat(questions.vote(q.id(), "guest:b")).isEmpty();
        assertThat(questions.vote(999, "guest:b")).isEmpty();
        assertThat(questions.find(q.id())).map(Question::votes).contains(2);
    }

    @Test
    void concurrentVotesOfTheSamePeopleCountOncePerPerson() throws Exception {
        Question q = questions.ask(1, "host", "Host", false, "Go?", true, Instant.now());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Object>> votes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String person = "guest:" + (i % 100);
            votes.add(() -> questions.vote(q.id(), person));
        }
        for (Future<Object> f : pool.invokeAll(votes)) {
            f.get();
        }
        pool.shutdown();
        assertThat(questions.find(q.id())).map(Question::votes).contains(101);
    }

    @Test
    void pinningOneUnpinsTheOther() {
        Question a = questions.ask(1, "a", "A", false, "a", true, Instant.now());
        Question b = questions.ask(1, "b", "B", false, "b", true, Instant.now());
        assertThat(questions.pin(1, a.id())).extracting(Question::id).containsExactly(a.id());
        List<Question> changed = questions.pin(1, b.id());
        assertThat(changed).extracting(Question::id, Question::pinned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), false), org.assertj.core.groups.Tuple.tuple(b.id(), true));
        assertThat(questions.pin(1, null)).extracting(Question::id).containsExactly(b.id());
        assertThat(questions.ofStage(1)).noneMatch(Question::pinned);
    }

    @Test
    void aBallotPerPersonReplacedOnlyWhenChangeableAndOnlyWhileOpen() {
        Poll fixed = polls.create(1, new PollDraft("Q", List.of("x", "y", "z"), true, false, true), Instant.now());
        assertThat(polls.vote(fixed.id(), "p", List.of(0), Instant.now())).isEqualTo(PollStore.Outcome.NOT_OPEN);
        polls.openOnly(fixed);
        assertThat(polls.vote(fixed.id(), "p", List.of(0, 2), Instant.now())).isEqualTo(PollStore.Outcome.COUNTED);
        assertThat(polls.vote(fixed.id(), "p", List.of(1), Instant.now())).isEqualTo(PollStore.Outcome.ALREADY_VOTED);
        assertThat(polls.vote(fixed.id(), "q", List.of(2), Instant.now())).isEqualTo(PollStore.Outcome.COUNTED);
        assertThat(polls.results(fixed).counts()).containsExactly(1, 0, 2);
        assertThat(polls.results(fixed).total()).isEqualTo(2);

        Poll loose = polls.create(1, new PollDraft("Q2", List.of("x", "y"), false, true, true), Instant.now());
        assertThat(polls.openOnly(loose)).extracting(Poll::id).containsExactly(fixed.id());
        assertThat(polls.find(fixed.id())).map(Poll::state).contains(PollState.CLOSED);
        assertThat(polls.vote(fixed.id(), "r", List.of(0), Instant.now())).isEqualTo(PollStore.Outcome.NOT_OPEN);
        polls.vote(loose.id(), "p", List.of(0), Instant.now());
        assertThat(polls.vote(loose.id(), "p", List.of(1), Instant.now())).isEqualTo(PollStore.Outcome.REPLACED);
        assertThat(polls.results(loose).counts()).containsExactly(0, 1);
        assertThat(polls.choicesOf(loose.id(), "p")).containsExactly(1);
    }

    @Test
    void votesWrittenInOneBatchCountAsTheyWouldOneByOne() {
        Instant now = Instant.now();
        Poll fixed = polls.create(1, new PollDraft("Q", List.of("x", "y", "z"), false, false, true), now);
        assertThat(polls.voteAll(fixed.id(), List.of(new PollVote("a", List.of(0), now))))
                .containsExactly(PollStore.Outcome.NOT_OPEN);
        polls.openOnly(fixed);
        polls.vote(fixed.id(), "a", List.of(0), now);
        assertThat(polls.voteAll(fixed.id(), List.of(new PollVote("a", List.of(1), now),
                new PollVote("b", List.of(1), now), new PollVote("b", List.of(2), now),
                new PollVote("c", List.of(2), now)))).containsExactly(PollStore.Outcome.ALREADY_VOTED,
                PollStore.Outcome.COUNTED, PollStore.Outcome.ALREADY_VOTED, PollStore.Outcome.COUNTED);
        assertThat(polls.results(fixed).counts()).containsExactly(1, 1, 1);
        assertThat(polls.results(fixed).total()).isEqualTo(3);

        Poll loose = polls.create(1, new PollDraft("Q2", List.of("x", "y", "z"), true, true, true), now);
        polls.openOnly(loose);
        polls.vote(loose.id(), "a", List.of(0), now);
        assertThat(polls.voteAll(loose.id(), List.of(new PollVote("a", List.of(1, 2), now),
                new PollVote("b", List.of(0), now), new PollVote("b", List.of(2), now))))
                .containsExactly(PollStore.Outcome.REPLACED, PollStore.Outcome.COUNTED, PollStore.Outcome.REPLACED);
        assertThat(polls.choicesOf(loose.id(), "a")).containsExactly(1, 2);
        assertThat(polls.choicesOf(loose.id(), "b")).containsExactly(2);
        assertThat(polls.results(loose).counts()).containsExactly(0, 1, 2);
        assertThat(polls.results(loose).total()).isEqualTo(2);
    }

    @Test
    void aBatchOfThousandsOfVotersLooksThemUpInChunks() {
        Instant now = Instant.now();
        Poll poll = polls.create(1, new PollDraft("Q", List.of("x", "y"), false, false, true), now);
        polls.openOnly(poll);
        List<PollVote> first = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            first.add(new PollVote("p" + i, List.of(i % 2), now));
        }
        assertThat(polls.voteAll(poll.id(), first)).containsOnly(PollStore.Outcome.COUNTED).hasSize(1_200);
        assertThat(polls.voteAll(poll.id(), first)).containsOnly(PollStore.Outcome.ALREADY_VOTED).hasSize(1_200);
        assertThat(polls.results(poll).counts()).containsExactly(600, 600);
    }

    @Test
    void settingsDefaultThenSavedAndLeadersStruckOff() {
        assertThat(settings.of(1)).isEqualTo(InteractionSettings.DEFAULTS);
        InteractionSettings on = new InteractionSettings(true, true, false, false, true, true, List.of("🎉"));
        settings.save(1, on);
        settings.save(1, on);
        assertThat(settings.of(1)).isEqualTo(on);
        assertThat(settings.of(2)).isEqualTo(InteractionSettings.DEFAULTS);
        leaders.seen(1, "host", true, Instant.now());
        leaders.seen(1, "host", true, Instant.now());
        assertThat(leaders.of(1)).containsExactly("host");
        leaders.seen(1, "host", false, Instant.now());
        assertThat(leaders.of(1)).isEmpty();
    }
}
