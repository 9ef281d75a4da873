/**
 * The {@code vimeo} media provider: an organizer gives a Vimeo video or live event link, or pastes
 * Vimeo's embed code; Marquee accepts only Vimeo's own player, builds the player address itself from
 * the ids it recognised, and adds the title and thumbnail that Vimeo's oEmbed endpoint reports.
 */
package dev.marquee.plugin.vimeo;
