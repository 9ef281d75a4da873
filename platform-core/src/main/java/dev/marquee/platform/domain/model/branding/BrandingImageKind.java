package dev.marquee.platform.domain.model.branding;

import java.util.Locale;

/** The images an event's branding has, each with its limits: bytes, and pixels on either side. */
public enum BrandingImageKind {
    LOGO(1024 * 1024, 2048),
    HEADER(3 * 1024 * 1024, 4096);

    private final int maxBytes;
    private final int maxSide;

    BrandingImageKind(int maxBytes, int maxSide) {
        this.maxBytes = maxBytes;
        this.maxSide = maxSide;
    }

    public int maxBytes() {
        return maxBytes;
    }

    public int maxSide() {
        return maxSide;
    }

    /** The name in URLs and field errors: {@code logo}, {@code header}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code key} in a URL, or null. */
    public static BrandingImageKind ofKey(String key) {
        for (BrandingImageKind kind : values()) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
