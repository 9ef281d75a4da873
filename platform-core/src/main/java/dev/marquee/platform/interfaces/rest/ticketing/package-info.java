/** Ticket sources and imports over the API (organizers): configure sources, import now, upload a CSV, see past runs. */
package dev.marquee.platform.interfaces.rest.ticketing;
