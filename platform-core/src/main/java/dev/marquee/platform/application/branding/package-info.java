/**
 * Branding use cases: organizers set an event's colours (checked for WCAG AA contrast), texts and
 * images (checked by their bytes: PNG, JPEG or WebP only, within size and pixel limits); anyone who
 * has an image's address may fetch it.
 */
package dev.marquee.platform.application.branding;
