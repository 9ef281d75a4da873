/** {@code /api/v1/me}: what signed-in people see of themselves (the events an attendee holds tickets for). */
package dev.marquee.platform.interfaces.rest.me;
