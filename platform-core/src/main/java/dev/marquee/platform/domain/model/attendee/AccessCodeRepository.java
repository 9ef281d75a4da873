package dev.marquee.platform.domain.model.attendee;

import java.util.List;
import java.util.Optional;

/** Stores access codes by their hash. */
public interface AccessCodeRepository {

    /** The code with this hash, with its attendee and event loaded. */
    Optional<AccessCode> findByHash(String codeHash);

    List<AccessCode> activeOf(long attendeeId);

    AccessCode add(AccessCode code);
}
