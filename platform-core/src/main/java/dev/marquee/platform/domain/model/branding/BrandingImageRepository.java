package dev.marquee.platform.domain.model.branding;

import java.util.Optional;

/** Stores the branding images, at most one of each kind per event. */
public interface BrandingImageRepository {

    Optional<BrandingImage> find(long eventId, BrandingImageKind kind);

    /** Stores {@code image} in place of the event's image of that kind, if any. */
    void replace(BrandingImage image);

    void remove(long eventId, BrandingImageKind kind);
}
