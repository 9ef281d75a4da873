package dev.marquee.platform.spi.settings;

/**
 * The kinds of value a setting holds; the console picks an input for each.
 *
 * @since 0.1.0
 */
public enum SettingType {
    /** One line of text. */
    STRING,
    /** Several lines of text (pasted embed code, say). */
    TEXT,
    /** An absolute {@code http} or {@code https} URL. */
    URL,
    /** A whole number. */
    INTEGER,
    /** true or false. */
    BOOLEAN,
    /** An ISO-8601 duration such as {@code PT1M}. */
    DURATION,
    /** One of the descriptor's {@code choices}. */
    CHOICE,
    /** A list of strings. */
    STRING_LIST,
    /** An object whose values are strings (request headers, column names). */
    STRING_MAP
}
