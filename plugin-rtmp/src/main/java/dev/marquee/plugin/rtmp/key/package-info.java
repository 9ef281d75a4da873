/**
 * Stream keys: one per rtmp stage, derived from the server secret so that only their hashes are
 * stored, rotated on request; and the server secret itself.
 */
package dev.marquee.plugin.rtmp.key;
