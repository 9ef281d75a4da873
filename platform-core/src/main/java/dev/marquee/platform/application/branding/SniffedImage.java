package dev.marquee.platform.application.branding;

/** What an image's bytes say it is: its media type and its size in pixels. */
public record SniffedImage(String mediaType, int width, int height) {
}
