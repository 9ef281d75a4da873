package dev.marquee.platform.application.setup;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.signin.PasswordAuthentication;
import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.domain.model.account.AccountRepository;
import dev.marquee.platform.domain.model.setting.PlatformSettingRepository;
import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.spi.auth.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Makes sure someone can run the platform: creates or updates the bootstrap organizer, or hands out a
 * one-time setup token (stored only as a hash) while no organizer exists.
 */
@ApplicationScoped
public class OrganizerSetup {

    static final String SETUP_TOKEN = "setup.token-hash";
    public static final int MIN_PASSWORD = 10;

    @Inject
    AccountRepository accounts;

    @Inject
    PlatformSettingRepository settings;

    @Inject
    PasswordAuthentication passwords;

    private final Clock clock = Clock.systemUTC();

    /** Creates the organizer {@code email}, or sets its password and organizer role if it exists. */
    @Transactional
    public Account ensureOrganizer(String email, String password, String displayName) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw Problem.invalid("An organizer password needs at least " + MIN_PASSWORD + " characters");
        }
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw Problem.invalid("An organizer needs a valid email address");
        }
        Account account = accounts.findByEmail(email).orElseGet(() ->
                accounts.add(new Account(email, displayName, null, clock.instant())));
        account.changePassword(passwords.hash(password));
        account.grant(Role.ORGANIZER, null);
        settings.remove(SETUP_TOKEN);
        return account;
    }

    /** A new one-time setup token if no organizer exists yet (replacing any earlier one), else empty. */
    @Transactional
    public Optional<String> issueSetupToken() {
        if (accounts.anyOrganizer()) {
            settings.remove(SETUP_TOKEN);
            return Optional.empty();
        }
        String token = Tokens.newToken();
        settings.put(SETUP_TOKEN, Tokens.hash(token));
        return Optional.of(token);
    }

    /** Whether an organizer account exists (the setup link is then spent or not needed). */
    @Transactional
    public boolean anyOrganizer() {
        return accounts.anyOrganizer();
    }

    /** Spends the setup token on the first organizer account. */
    @Transactional
    public Account completeSetup(String token, String email, String password, String displayName) {
        String expected = settings.get(SETUP_TOKEN).orElse(null);
        if (accounts.anyOrganizer() || expected == null || token == null || !Tokens.same(expected, Tokens.hash(token))) {
            throw Problem.forbidden("This setup link is not valid (any more); see the server log for the current one");
        }
        return ensureOrganizer(email, password, displayName);
    }
}
