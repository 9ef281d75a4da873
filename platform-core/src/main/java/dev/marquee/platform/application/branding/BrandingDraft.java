package dev.marquee.platform.application.branding;

/** What an organizer submits for an event's looks: colours as text, the logo's alt text, an about text. */
public record BrandingDraft(String accent, String background, String text, String logoAlt, String about) {
}
