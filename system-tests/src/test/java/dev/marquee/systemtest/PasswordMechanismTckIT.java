package dev.marquee.systemtest;

import dev.marquee.testkit.Marquee;
import dev.marquee.testkit.tck.AuthenticationMechanismContract;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;

/** Core's {@code password} mechanism passes the test kit's sign-in mechanism contract. */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class PasswordMechanismTckIT extends AuthenticationMechanismContract {

    @Override
    protected String mechanismId() {
        return "password";
    }

    @Override
    protected Map<String, Object> goodCredentials(Marquee marquee) {
        return Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD);
    }

    /** An account nobody has: a wrong password for the shared organizer would count against its limit. */
    @Override
    protected Map<String, Object> wrongCredentials() {
        return Map.of("email", "nobody-tck@marquee.test", "password", "not-the-password-123");
    }
}
