/** Media core serves itself: replays ({@code /media/replay/...}), from the recording store. */
package dev.marquee.platform.interfaces.media;
