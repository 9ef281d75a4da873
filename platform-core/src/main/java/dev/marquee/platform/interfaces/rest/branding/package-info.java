/**
 * Branding over the API: organizers set an event's colours and texts and upload its logo and header
 * image; the images are served back at content-addressed, cacheable URLs; a mail preview for the console.
 */
package dev.marquee.platform.interfaces.rest.branding;
