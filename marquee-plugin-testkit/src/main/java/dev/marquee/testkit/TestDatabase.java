package dev.marquee.testkit;

/** The database a {@link MarqueePluginTest} runs Marquee on. */
public enum TestDatabase {
    /** The embedded H2 in the server's working directory, fresh for each test class. */
    H2,
    /**
     * PostgreSQL at {@code marquee.test.postgres.url} ({@code jdbc:postgresql://127.0.0.1:5432/test} by
     * default, user {@code marquee.test.postgres.user}, {@code postgres}), in a schema emptied first.
     */
    POSTGRES
}
