package dev.marquee.platform.application.signin;

import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.domain.model.account.AccountRepository;
import dev.marquee.platform.spi.auth.AuthenticationMechanism;
import dev.marquee.platform.spi.auth.AuthenticationResult;
import dev.marquee.platform.spi.auth.CredentialField;
import dev.marquee.platform.spi.auth.CredentialRequest;
import dev.marquee.platform.spi.auth.Identity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Core's own mechanism: an account's email and password, checked against its PBKDF2 hash. A wrong
 * email costs the same work as a wrong password, so timing does not tell which accounts exist. Each
 * account (known or not) gets growing delays after repeated failures ({@link AccountLockouts}).
 */
@ApplicationScoped
public class PasswordAuthentication implements AuthenticationMechanism {

    public static final String ID = "password";

    @Inject
    AccountRepository accounts;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    AccountLockouts lockouts;

    private volatile String decoyHash;

    @PostConstruct
    void configure() {
        // OWASP's 2023 guidance for PBKDF2-HMAC-SHA512; stored hashes carry their own parameters.
        hasher.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Email and password";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return List.of(CredentialField.required("email", 320), CredentialField.required("password", 200));
    }

    @Override
    public AuthenticationResult authenticate(CredentialRequest request) {
        String password = request.get("password");
        Optional<Duration> locked = lockouts.attempt(request.get("email"));
        if (locked.isPresent()) {
            return new AuthenticationResult.Throttled(locked.get());
        }
        Optional<Account> account = accounts.findByEmail(request.get("email"));
        String hash = account.map(Account::passwordHash).filter(h -> h != null && !h.isBlank()).orElseGet(this::decoy);
        boolean matches = hasher.verify(password.toCharArray(), hash);
        if (account.isEmpty() || !matches) {
            return new AuthenticationResult.Failure("invalid_credentials", "Wrong email or password");
        }
        lockouts.succeeded(request.get("email"));
        Account a = account.get();
        return new AuthenticationResult.Success(
                new Identity(a.subject(), a.displayName(), a.email(), a.rolesFor(null), null));
    }

    /** Hashes a new password the way {@link #authenticate} checks it. */
    public String hash(String password) {
        return hasher.generate(password.toCharArray());
    }

    private String decoy() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hash("not-a-password-" + System.nanoTime());
            decoyHash = hash;
        }
        return hash;
    }
}
