/** Stages over the API, with their media provider's settings (secrets masked) and, for organizers, provider details. */
package dev.marquee.platform.interfaces.rest.stage;
