/** Events over the API: the lobby's list for everyone, create, change and delete for organizers. */
package dev.marquee.platform.interfaces.rest.event;
