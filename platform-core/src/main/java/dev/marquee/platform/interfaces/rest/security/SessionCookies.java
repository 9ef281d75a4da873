package dev.marquee.platform.interfaces.rest.security;

import dev.marquee.platform.application.signin.IssuedSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two cookies of a session: {@code MARQUEE_SESSION} (HttpOnly, the secret) and {@code XSRF-TOKEN}
 * (readable by the page, echoed in {@code X-CSRF-Token} on writes). Both SameSite=Lax, and Secure
 * when Marquee is served over https.
 */
@ApplicationScoped
public class SessionCookies {

    public static final String SESSION = "MARQUEE_SESSION";
    public static final String XSRF = "XSRF-TOKEN";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public NewCookie[] issue(IssuedSession session) {
        int maxAge = (int) session.maxAge().toSeconds();
        return new NewCookie[] {cookie(SESSION, session.token(), maxAge, true),
            cookie(XSRF, session.csrfToken(), maxAge, false)};
    }

    public NewCookie[] clear() {
        return new NewCookie[] {cookie(SESSION, "", 0, true), cookie(XSRF, "", 0, false)};
    }

    private NewCookie cookie(String name, String value, int maxAge, boolean httpOnly) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge)
                .httpOnly(httpOnly).secure(publicUrl.startsWith("https:"))
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
