/** Named values the platform keeps about itself (e.g. the hash of a one-time setup token). */
package dev.marquee.platform.domain.model.setting;
