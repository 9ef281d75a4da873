package dev.marquee.platform.application.access;

import dev.marquee.platform.infrastructure.security.PlatformSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Base64;

/**
 * The opaque id a person has in what Marquee sends to browsers (a chat message's author, the socket's
 * welcome): a keyed hash of their subject, distinct for distinct people (two guests who type the same
 * name included), the same on every instance, and telling nothing of account or attendee numbers.
 */
@ApplicationScoped
public class PersonIds {

    @Inject
    PlatformSecret secret;

    private volatile byte[] key;

    public PersonIds() {
    }

    /** For tests: ids under {@code secret}. */
    public PersonIds(PlatformSecret secret) {
        this.secret = secret;
    }

    /** {@code p-} and 20 URL-safe characters (120 bits) for the subject. */
    public String of(String subject) {
        byte[] k = key;
        if (k == null) {
            k = secret.derive("person-id");
            key = k;
        }
        return "p-" + Base64.getUrlEncoder().withoutPadding().encodeToString(PlatformSecret.hmac(k, subject)).substring(0, 20);
    }
}
