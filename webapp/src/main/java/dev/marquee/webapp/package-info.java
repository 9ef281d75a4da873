/**
 * The web part of marquee.war: the page routes ({@code /e/...}, {@code /admin}) that serve the pages
 * built from {@code src/main/frontend}, and the headers every page is sent with.
 */
package dev.marquee.webapp;
