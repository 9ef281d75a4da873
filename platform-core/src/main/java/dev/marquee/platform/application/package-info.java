/**
 * Application services: the use cases of organizers, attendees and plugins, each transactional,
 * taking plain values and a {@link dev.marquee.platform.application.Caller}, and reporting refusals
 * as {@link dev.marquee.platform.spi.web.Problem}s. Plugins may inject these services.
 */
package dev.marquee.platform.application;
