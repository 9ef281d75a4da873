package dev.marquee.platform.application.webhook;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.domain.model.webhook.Webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** What a webhook may be: an absolute http(s) URL of limited length without user info, and known event types. */
public final class WebhookRules {

    /** The longest URL accepted. */
    public static final int MAX_URL = 2000;
    /** How many webhooks one event (or the instance) may have. */
    public static final int MAX_PER_SCOPE = 50;

    private WebhookRules() {
    }

    /** The URL, checked; a {@link Problem} (400) saying what is wrong otherwise. */
    public static URI url(String url) {
        if (url == null || url.isBlank()) {
            throw Problem.invalid("Give the URL the messages go to");
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_URL) {
            throw Problem.invalid("The URL is longer than " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw Problem.invalid("The URL is not valid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw Problem.invalid("The URL must start with https:// (or http://)");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw Problem.invalid("The URL must name a host, without a user name or a #fragment");
        }
        return uri;
    }

    /** The event types, checked and without repeats; {@code ["*"]} alone when {@code *} is among them. */
    public static List<String> events(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw Problem.invalid("Choose at least one event type, or \"*\" for all: " + WebhookEventType.wires());
        }
        if (events.size() > WebhookEventType.values().length + 1) {
            throw Problem.invalid("Too many event types");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String e : events) {
            if (Webhook.ALL.equals(e)) {
                return List.of(Webhook.ALL);
            }
            if (e == null || !WebhookEventType.known(e)) {
                throw Problem.invalid("Unknown event type '" + (e == null ? "null" : e.length() > 40 ? e.substring(0, 40) : e)
                        + "': choose among " + WebhookEventType.wires() + " or \"*\"");
            }
            out.add(e);
        }
        return new ArrayList<>(out);
    }
}
