/**
 * The {@code weemss-csv} ticket source: fetches a Weemss CSV export over HTTP (with the organizer's
 * headers, such as an API key) or reads an uploaded file, and maps its columns to ticket records.
 */
package dev.marquee.plugin.weemss;
