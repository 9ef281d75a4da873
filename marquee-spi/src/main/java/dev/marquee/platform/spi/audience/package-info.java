/**
 * Who watches what: media providers open a {@link dev.marquee.platform.spi.audience.Viewing} for each
 * playback through {@link dev.marquee.platform.spi.audience.ViewingLedger} (core records it and enforces
 * the event's concurrent-stream limit), and plugins with audience activity (chat messages, questions,
 * reactions) count it for attendance reports through {@link dev.marquee.platform.spi.audience.AudienceActivity}.
 * What a plugin shows browsers of a person is the opaque id of
 * {@link dev.marquee.platform.spi.audience.OpaquePersonIds}, never a subject.
 *
 * <p>Who the audience is: an event's active attendees by name for plugins that let people find each
 * other ({@link dev.marquee.platform.spi.audience.PeopleDirectory}, never an email), guests' server-given
 * ids ({@link dev.marquee.platform.spi.audience.GuestIds}), and what the caller of a request may do with
 * an event ({@link dev.marquee.platform.spi.audience.EventVisitor}). Core implements the interfaces;
 * plugins inject them.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.audience;
