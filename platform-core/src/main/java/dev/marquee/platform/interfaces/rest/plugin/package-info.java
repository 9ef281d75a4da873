/** The plugins found, with their declared settings, so a console can draw forms for plugins it has never seen. */
package dev.marquee.platform.interfaces.rest.plugin;
