package dev.marquee.platform.spi.audience;

/**
 * The opaque id a person has in what Marquee sends to browsers (a chat message's author, a question's
 * author, a stage socket's welcome), for a subject ({@code account:<id>}, {@code attendee:<id>},
 * {@code guest:<id>}): distinct for distinct people, the same on every instance and across restarts (it is
 * keyed by the deployment's secret), and telling nothing of account or attendee numbers. Plugins send
 * these, never subjects, so ids they show match core's and other plugins'. Core implements it; plugins
 * inject it: {@code @Inject OpaquePersonIds ids;}.
 *
 * <p><b>Threading.</b> Thread-safe, never blocks (a keyed hash); any thread, event loops included.
 *
 * @since 0.1.0
 */
public interface OpaquePersonIds {

    /** {@code p-} and 20 URL-safe characters (120 bits) for {@code subject}. */
    String of(String subject);
}
