/** Events: what organizers run and attendees join, with a slug, a timezone and an access mode. */
package dev.marquee.platform.domain.model.event;
