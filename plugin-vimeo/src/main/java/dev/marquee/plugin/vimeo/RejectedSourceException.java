package dev.marquee.plugin.vimeo;

/** Why a pasted link or embed code is not accepted; the message is shown to the organizer as it is. */
final class RejectedSourceException extends RuntimeException {

    RejectedSourceException(String message) {
        super(message, null, false, false);
    }
}
