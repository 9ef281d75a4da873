/** Turning what people type into safe chat text. */
package dev.marquee.plugin.chat.text;
