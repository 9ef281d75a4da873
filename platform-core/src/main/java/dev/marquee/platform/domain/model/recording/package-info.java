/**
 * Recordings of live streams (their stored segments indexed in the database) and how each scheduled
 * session's replay is cut from them.
 */
package dev.marquee.platform.domain.model.recording;
