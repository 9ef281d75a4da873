package dev.marquee.plugin.rtmp.protocol.amf;

/** AMF0 bytes that cannot be read (truncated, unknown marker, too deep) or a value that cannot be written. */
public class AmfException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AmfException(String message) {
        super(message);
    }
}
