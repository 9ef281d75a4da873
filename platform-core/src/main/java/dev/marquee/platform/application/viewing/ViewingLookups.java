package dev.marquee.platform.application.viewing;

import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.domain.model.signin.SignInSessionRepository;
import dev.marquee.platform.domain.model.stage.StageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * The database reads behind {@link ViewingFacts}, each in a transaction of its own: the ledger is
 * called from servlet threads and from the RTMP server's threads, which have no request around them.
 */
@ApplicationScoped
public class ViewingLookups {

    @Inject
    StageRepository stages;

    @Inject
    ScheduledSessionRepository schedule;

    @Inject
    SignInSessionRepository sessions;

    @Transactional
    public Optional<StageFacts> stage(long stageId, long now) {
        return stages.find(stageId).map(stage -> new StageFacts(stageId, stage.event().id(), stage.name(),
                stage.event().maxConcurrentStreams(),
                schedule.ofStage(stageId).stream().map(s -> new StageFacts.Slot(s.id(), s.slot().startsAt(),
                        s.slot().endsAt())).toList(), now));
    }

    @Transactional
    public Optional<Person> person(long sessionId) {
        return sessions.find(sessionId).map(s -> new Person(s.subject(), s.displayName()));
    }
}
