package dev.marquee.platform.domain.model.account;

import java.util.Optional;

/** Stores accounts. */
public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByEmail(String email);

    /** Whether any account holds the platform-wide organizer role. */
    boolean anyOrganizer();

    Account add(Account account);
}
