/**
 * A stage chat's log for a replay: the window a replay covers ({@link dev.marquee.plugin.chat.replay.ReplayWindow})
 * and the messages sent in it, each with its offset from the window's start, as the replay page reads
 * them ({@link dev.marquee.plugin.chat.replay.ReplayLogView}). Pure values: no threads, no state.
 */
package dev.marquee.plugin.chat.replay;
