/**
 * The encoder coach: measures each incoming stream on the publisher's event loop (constant work, no
 * allocation per packet), turns the measures into warnings with a one-line OBS fix every second, keeps
 * five minutes of ingest health, and shares the report over the data grid so that any instance answers
 * {@code GET /api/v1/stages/{id}/ingest}.
 */
package dev.marquee.plugin.rtmp.coach;
