/** Use cases of events: list what a caller may see, create, change and delete (organizers). */
package dev.marquee.platform.application.event;
