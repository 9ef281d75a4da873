/** What the chat contributes to attendance reports: messages per stage and time range. */
package dev.marquee.plugin.chat.activity;
