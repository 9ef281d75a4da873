/**
 * Plugins that ship with core and are found like any other (through {@code META-INF/services}):
 * the external-stream media provider and the directory recording store. Core's password sign-in lives with the sign-in use cases.
 */
package dev.marquee.platform.builtin;
