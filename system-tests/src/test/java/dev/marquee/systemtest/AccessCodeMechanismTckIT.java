package dev.marquee.systemtest;

import dev.marquee.testkit.Marquee;
import dev.marquee.testkit.tck.AuthenticationMechanismContract;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/** The {@code access-code} plugin passes the test kit's sign-in mechanism contract. */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class AccessCodeMechanismTckIT extends AuthenticationMechanismContract {

    @Override
    protected String mechanismId() {
        return "access-code";
    }

    @Override
    protected Map<String, Object> goodCredentials(Marquee marquee) {
        return Map.of("code", marquee.accessCode(marquee.event("TICKETED"), "Tck"));
    }

    @Override
    protected Map<String, Object> wrongCredentials() {
        return Map.of("code", "AAAAA-BBBBB-CCCC2");
    }
}
