package dev.marquee.platform.domain.model.account;

import java.util.List;
import java.util.Optional;

/** Stores accounts. */
public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByEmail(String email);

    /** Whether any account holds the platform-wide organizer role. */
    boolean anyOrganizer();

    Account add(Account account);

    /** The grants that reach into {@code eventId}: platform-wide ones, the event's and its stages'. */
    List<RoleGrant> grantsReaching(long eventId);

    Optional<RoleGrant> findGrant(long grantId);

    /** How many accounts hold the platform-wide organizer role. */
    long countOrganizers();
}
