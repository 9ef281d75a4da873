package dev.marquee.platform.domain.model.branding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How an event looks: colours as {@code #rrggbb} (already checked for contrast), the logo's alt text,
 * an about text (plain text, line breaks kept), and the content hashes of the current logo and header
 * image (null when there is none). A value: changing it means making a new one.
 */
@Embeddable
public class Branding {

    /** No branding: the pages keep Marquee's own look. */
    public static final Branding NONE = new Branding(null, null, null, null, null, null, null);

    @Column(name = "brand_accent", length = 7)
    private String accent;

    @Column(name = "brand_background", length = 7)
    private String background;

    @Column(name = "brand_text", length = 7)
    private String text;

    @Column(name = "brand_logo_alt", length = 200)
    private String logoAlt;

    @Column(name = "brand_about", length = 4000)
    private String about;

    @Column(name = "brand_logo_hash", length = 64)
    private String logoHash;

    @Column(name = "brand_header_hash", length = 64)
    private String headerHash;

    protected Branding() {
    }

    public Branding(String accent, String background, String text, String logoAlt, String about, String logoHash,
                    String headerHash) {
        this.accent = accent;
        this.background = background;
        this.text = text;
        this.logoAlt = logoAlt;
        this.about = about;
        this.logoHash = logoHash;
        this.headerHash = headerHash;
    }

    /** The same images with new colours and texts. */
    public Branding withLooks(String newAccent, String newBackground, String newText, String newLogoAlt, String newAbout) {
        return new Branding(newAccent, newBackground, newText, newLogoAlt, newAbout, logoHash, headerHash);
    }

    /** The same looks with the image of {@code kind} replaced ({@code hash}) or taken away (null). */
    public Branding withImage(BrandingImageKind kind, String hash) {
        return kind == BrandingImageKind.LOGO
                ? new Branding(accent, background, text, logoAlt, about, hash, headerHash)
                : new Branding(accent, background, text, logoAlt, about, logoHash, hash);
    }

    public boolean isEmpty() {
        return accent == null && background == null && text == null && logoAlt == null && about == null
                && logoHash == null && headerHash == null;
    }

    public String accent() {
        return accent;
    }

    public String background() {
        return background;
    }

    public String text() {
        return text;
    }

    public String logoAlt() {
        return logoAlt;
    }

    public String about() {
        return about;
    }

    /** The current image of {@code kind}'s content hash, or null. */
    public String imageHash(BrandingImageKind kind) {
        return kind == BrandingImageKind.LOGO ? logoHash : headerHash;
    }
}
