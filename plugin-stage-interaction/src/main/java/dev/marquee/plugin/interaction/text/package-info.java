/** Typed text made safe to show (the same rule as the chat's, kept here so this plugin depends on no other). */
package dev.marquee.plugin.interaction.text;
