package dev.marquee.platform.application.branding;

/** Bytes that are not an image Marquee serves, with a sentence saying why. */
public class ImageRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public ImageRefused(String message) {
        super(message);
    }
}
