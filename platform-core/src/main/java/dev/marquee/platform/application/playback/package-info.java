/** Playback: checks that the caller may watch a stage, then asks the stage's media provider how to play it. */
package dev.marquee.platform.application.playback;
