package dev.marquee.platform.application.branding;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.branding.Branding;
import dev.marquee.platform.domain.model.branding.BrandingImage;
import dev.marquee.platform.domain.model.branding.BrandingImageKind;
import dev.marquee.platform.domain.model.branding.BrandingImageRepository;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.spi.settings.SettingError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** An event's branding as organizers change it; its images as anyone holding their address fetches them. */
@ApplicationScoped
public class BrandingService {

    @Inject
    EventRepository events;

    @Inject
    BrandingImageRepository images;

    @Inject
    AccessPolicy access;

    private final Clock clock = Clock.systemUTC();

    /** Sets the colours and texts (checked), keeping the images. */
    @Transactional
    public Event update(Caller caller, long eventId, BrandingDraft draft) {
        Event event = organizersEvent(caller, eventId);
        BrandingLooks looks = BrandingLooks.check(draft);
        event.brand(event.branding().withLooks(looks.accent(), looks.background(), looks.text(), looks.logoAlt(),
                looks.about()), clock.instant());
        return event;
    }

    /**
     * Stores an uploaded image in place of the event's current one of that kind. The body is read only
     * after the caller is known to be an organizer, and no further than the kind's size limit.
     */
    @Transactional
    public Event putImage(Caller caller, long eventId, BrandingImageKind kind, InputStream body) {
        Event event = organizersEvent(caller, eventId);
        byte[] bytes = readAtMost(body, kind.maxBytes());
        if (bytes.length > kind.maxBytes()) {
            throw refused(kind, "The " + kind.key() + " image is larger than " + kind.maxBytes() / (1024 * 1024)
                    + " MiB, the most it may be");
        }
        SniffedImage image;
        try {
            image = ImageSniffer.sniff(bytes);
        } catch (ImageRefused e) {
            throw refused(kind, e.getMessage());
        }
        if (image.width() > kind.maxSide() || image.height() > kind.maxSide()) {
            throw refused(kind, "The " + kind.key() + " image is " + image.width() + "×" + image.height()
                    + " pixels; at most " + kind.maxSide() + " on either side");
        }
        String hash = sha256(bytes);
        images.replace(new BrandingImage(eventId, kind, image.mediaType(), hash, image.width(), image.height(), bytes,
                clock.instant()));
        event.brand(event.branding().withImage(kind, hash), clock.instant());
        return event;
    }

    @Transactional
    public Event removeImage(Caller caller, long eventId, BrandingImageKind kind) {
        Event event = organizersEvent(caller, eventId);
        images.remove(eventId, kind);
        event.brand(event.branding().withImage(kind, null), clock.instant());
        return event;
    }

    /** The event's current image of {@code kind}, if {@code hash} names it: an older address finds nothing. */
    public Optional<BrandingImage> image(long eventId, BrandingImageKind kind, String hash) {
        return images.find(eventId, kind).filter(image -> image.hash().equals(hash));
    }

    /**
     * The event, when the caller organizes it: a platform organizer or one of the event's own (401 or 403
     * otherwise, 404 when there is none).
     */
    public Event organizersEvent(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        return events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
    }

    private static Problem refused(BrandingImageKind kind, String message) {
        return Problem.invalidSettings(message, List.of(new SettingError(kind.key(), message)));
    }

    private static byte[] readAtMost(InputStream body, int limit) {
        try (body) {
            return body.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
