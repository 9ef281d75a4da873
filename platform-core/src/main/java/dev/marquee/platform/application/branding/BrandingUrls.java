package dev.marquee.platform.application.branding;

import dev.marquee.platform.domain.model.branding.Branding;
import dev.marquee.platform.domain.model.branding.BrandingImageKind;

/**
 * Where an event's branding images are served: {@code /api/v1/events/{id}/branding/{kind}/{hash}}.
 * The content hash makes the address change with the image, so it may be cached for good; knowing it
 * is what admits a fetch (the address is handed out with the event, and in mails).
 */
public final class BrandingUrls {

    private BrandingUrls() {
    }

    /** The image's path on this server, or null when the event has no image of that kind. */
    public static String path(long eventId, Branding branding, BrandingImageKind kind) {
        String hash = branding.imageHash(kind);
        return hash == null ? null : "/api/v1/events/" + eventId + "/branding/" + kind.key() + "/" + hash;
    }
}
