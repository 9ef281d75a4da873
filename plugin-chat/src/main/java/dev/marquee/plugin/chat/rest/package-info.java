/** Chat administration over REST: a stage's chat settings and its moderation log. */
package dev.marquee.plugin.chat.rest;
