package dev.marquee.platform.interfaces.rest.branding;

import dev.marquee.platform.application.branding.BrandingUrls;
import dev.marquee.platform.domain.model.branding.Branding;
import dev.marquee.platform.domain.model.branding.BrandingImageKind;
import dev.marquee.platform.domain.model.event.Event;

/**
 * An event's branding as pages apply it: colours as {@code #rrggbb} (checked for contrast), image
 * addresses on this server (relative), the logo's alt text and the about text (plain text, line
 * breaks kept). Each part is null when the organizer has not set it.
 */
public record BrandingView(String accent, String background, String text, String logoUrl, String logoAlt,
                           String headerUrl, String about) {

    /** The event's branding, or null when it has none. */
    public static BrandingView of(Event event) {
        Branding b = event.branding();
        if (b.isEmpty()) {
            return null;
        }
        return new BrandingView(b.accent(), b.background(), b.text(),
                BrandingUrls.path(event.id(), b, BrandingImageKind.LOGO), b.logoAlt(),
                BrandingUrls.path(event.id(), b, BrandingImageKind.HEADER), b.about());
    }
}
