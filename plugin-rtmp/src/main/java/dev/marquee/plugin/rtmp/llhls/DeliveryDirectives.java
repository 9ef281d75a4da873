package dev.marquee.plugin.rtmp.llhls;

import java.util.regex.Pattern;

/**
 * The blocking-reload query parameters of a media playlist request (RFC 8216bis 6.2.5.2):
 * {@code _HLS_msn=<M>} asks for a playlist holding segment M, {@code _HLS_part=<N>} for one holding
 * part N of segment M. A part without a segment, or a value that is not a decimal integer, is a bad
 * request.
 *
 * @param msn the media sequence number asked for, or -1 when the request does not block
 * @param part the part index asked for, or -1 for the whole segment
 */
public record DeliveryDirectives(long msn, int part) {

    /** Thrown for directives the server must answer with 400. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,15}");
    private static final DeliveryDirectives NONE = new DeliveryDirectives(-1, -1);

    /** Reads {@code _HLS_msn} and {@code _HLS_part} as given (null when absent). */
    public static DeliveryDirectives parse(String msn, String part) throws Invalid {
        if (msn == null) {
            if (part != null) {
                throw new Invalid("_HLS_part needs _HLS_msn");
            }
            return NONE;
        }
        if (!NUMBER.matcher(msn).matches()) {
            throw new Invalid("_HLS_msn must be a media sequence number");
        }
        if (part != null && (!NUMBER.matcher(part).matches() || part.length() > 6)) {
            throw new Invalid("_HLS_part must be a part index");
        }
        return new DeliveryDirectives(Long.parseLong(msn), part == null ? -1 : Integer.parseInt(part));
    }

    public boolean blocking() {
        return msn >= 0;
    }
}
