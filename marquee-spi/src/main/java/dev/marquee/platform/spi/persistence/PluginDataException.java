package dev.marquee.platform.spi.persistence;

/**
 * A statement of {@link PluginData} failed. The message names the statement and the database's reason,
 * never the parameter values (they may be personal data or secrets); the cause is the SQLException.
 *
 * @since 0.1.0
 */
public class PluginDataException extends RuntimeException {

    public PluginDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
