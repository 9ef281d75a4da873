package dev.marquee.platform.domain.model.branding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One uploaded image of an event's branding, as checked on upload: its media type comes from its
 * bytes (never from what the uploader said), its hash names it in URLs.
 */
@Entity
@Table(name = "branding_image")
public class BrandingImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BrandingImageKind kind;

    @Column(name = "media_type", nullable = false, length = 32)
    private String mediaType;

    @Column(nullable = false, length = 64)
    private String hash;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false)
    private byte[] bytes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BrandingImage() {
    }

    public BrandingImage(long eventId, BrandingImageKind kind, String mediaType, String hash, int width, int height,
                         byte[] bytes, Instant createdAt) {
        this.eventId = eventId;
        this.kind = kind;
        this.mediaType = mediaType;
        this.hash = hash;
        this.width = width;
        this.height = height;
        this.bytes = bytes.clone();
        this.createdAt = createdAt;
    }

    public long eventId() {
        return eventId;
    }

    public BrandingImageKind kind() {
        return kind;
    }

    public String mediaType() {
        return mediaType;
    }

    public String hash() {
        return hash;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
