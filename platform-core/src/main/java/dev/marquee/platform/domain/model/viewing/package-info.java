/** Viewing sessions as stored: one row per playback, written in batches by the ledger. */
package dev.marquee.platform.domain.model.viewing;
