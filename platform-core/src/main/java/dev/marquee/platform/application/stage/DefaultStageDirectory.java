package dev.marquee.platform.application.stage;

import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.stage.StageDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Core's {@link StageDirectory}: the stage from the repository, as {@link StageRefs} makes it for providers. */
@ApplicationScoped
public class DefaultStageDirectory implements StageDirectory {

    @Inject
    StageRepository stages;

    @Override
    @Transactional
    public Optional<StageRef> find(long stageId) {
        return stages.find(stageId).map(StageRefs::of);
    }

    @Override
    @Transactional
    public Optional<StageRef> findProvidedBy(long stageId, String providerId) {
        return stages.find(stageId).filter(stage -> providerId.equals(stage.provider())).map(StageRefs::of);
    }
}
