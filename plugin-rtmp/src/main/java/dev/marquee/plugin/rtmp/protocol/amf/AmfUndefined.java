package dev.marquee.plugin.rtmp.protocol.amf;

/** The AMF0 Undefined value, distinct from Null ({@code null}). */
public enum AmfUndefined {
    INSTANCE
}
