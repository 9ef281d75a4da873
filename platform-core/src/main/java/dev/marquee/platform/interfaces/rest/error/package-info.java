/** Every failure of the API as JSON {@code {"error", "detail"}} with a fitting status, and nothing internal leaked. */
package dev.marquee.platform.interfaces.rest.error;
