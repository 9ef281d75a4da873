package dev.marquee.platform.domain.model.stage;

import java.util.List;
import java.util.Optional;

/** Stores stages. */
public interface StageRepository {

    Optional<Stage> find(long id);

    /** The event's stages in their order. */
    List<Stage> ofEvent(long eventId);

    Optional<Stage> findBySlug(long eventId, String slug);

    Stage add(Stage stage);

    void remove(Stage stage);
}
