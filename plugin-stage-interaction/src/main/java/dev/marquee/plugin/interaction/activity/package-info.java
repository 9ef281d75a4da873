/** What Q&A and polls contribute to attendance reports: questions asked and poll votes per stage and time range. */
package dev.marquee.plugin.interaction.activity;
