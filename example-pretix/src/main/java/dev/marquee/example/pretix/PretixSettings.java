package dev.marquee.example.pretix;

import dev.marquee.platform.spi.outbound.OutboundAddresses;
import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.settings.SettingDescriptor;
import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.SettingType;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings of one pretix source and the checks beyond single fields. The token is a secret: core masks
 * it in every response and keeps it only for the base URL's origin; no message here ever repeats it.
 */
final class PretixSettings {

    static final String BASE_URL = "baseUrl";
    static final String ORGANIZER = "organizer";
    static final String EVENT = "event";
    static final String TOKEN = "token";
    static final String POLL_INTERVAL = "pollInterval";

    /** pretix's slugs: lower-case letters, digits, dots and dashes. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9.-]{1,50}");

    static final SettingsSchema FIELDS = SettingsSchema.of(
            SettingDescriptor.of(BASE_URL, SettingType.URL, "pretix address")
                    .help("Where your pretix runs, such as https://pretix.eu (https; plain http only to an internal "
                            + "address your operator allowed)").asRequired(),
            SettingDescriptor.of(ORGANIZER, SettingType.STRING, "Organizer short form")
                    .help("The organizer's slug in pretix, as in the shop's address").asRequired(),
            SettingDescriptor.of(EVENT, SettingType.STRING, "Event short form")
                    .help("The event's slug in pretix, as in the shop's address").asRequired(),
            SettingDescriptor.of(TOKEN, SettingType.STRING, "API token")
                    .help("A token of a pretix team that may view orders of the event").asRequired().asSecret(),
            SettingDescriptor.of(POLL_INTERVAL, SettingType.DURATION, "How often to check")
                    .help("How often Marquee asks pretix for new, changed and canceled orders: every 15 seconds at "
                            + "the most often").defaultValue("PT1M"));

    private PretixSettings() {
    }

    /** The checks across fields, with core's outbound rules for the address. */
    static List<SettingError> check(Settings settings, OutboundHttp http, OutboundAddresses addresses) {
        List<SettingError> errors = new ArrayList<>();
        settings.string(BASE_URL).ifPresent(url -> checkBaseUrl(url, http, addresses).ifPresent(errors::add));
        settings.string(ORGANIZER).filter(slug -> !SLUG.matcher(slug).matches()).ifPresent(slug -> errors.add(
                new SettingError(ORGANIZER, "Organizer short form may hold only a-z, 0-9, dots and dashes")));
        settings.string(EVENT).filter(slug -> !SLUG.matcher(slug).matches()).ifPresent(slug -> errors.add(
                new SettingError(EVENT, "Event short form may hold only a-z, 0-9, dots and dashes")));
        settings.string(TOKEN).ifPresent(token -> {
            try {
                OutboundRequest.checkHeader("Authorization", "Token " + token);
            } catch (IllegalArgumentException e) {
                errors.add(new SettingError(TOKEN, "API token is too long or holds a line break or another control character"));
            }
        });
        settings.duration(POLL_INTERVAL).filter(d -> d.getSeconds() < 15).ifPresent(d -> errors.add(
                new SettingError(POLL_INTERVAL, "How often to check must be 15 seconds or more")));
        return errors;
    }

    private static Optional<SettingError> checkBaseUrl(String url, OutboundHttp http,
                                                                 OutboundAddresses addresses) {
        URI uri = URI.create(url);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return Optional.of(new SettingError(BASE_URL,
                    "pretix address must be the plain address of your pretix, without user, query or fragment"));
        }
        try {
            http.check(uri);
        } catch (OutboundException e) {
            return Optional.of(new SettingError(BASE_URL, "pretix address refused: " + e.getMessage()));
        }
        if ("https".equalsIgnoreCase(uri.getScheme()) || addresses.staysInside(uri.getHost())) {
            return Optional.empty();
        }
        return Optional.of(new SettingError(BASE_URL, "pretix address must use https: the API token "
                + "would cross the network readable by anyone (plain http only to an internal address the operator allowed)"));
    }
}
