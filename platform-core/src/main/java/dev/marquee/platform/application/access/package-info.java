/** Who may see an event and watch its stages, decided in one place for the API, the pages and the plugins. */
package dev.marquee.platform.application.access;
