/**
 * Interaction on the stage socket: the {@link dev.marquee.plugin.interaction.live.InteractionHandler} takes the
 * {@code qa.*}, {@code poll.*} and {@code reaction.*} frames (core's {@code StageFrameHandler}), the services
 * apply the rules and store, and {@link dev.marquee.plugin.interaction.live.Audience} sends the frames
 * through core's {@code StageChannel}.
 *
 * <p><b>Across a cluster.</b> The stage socket's owner hands every handler frame of a stage to one
 * instance (the stage's owner in the grid), and {@code StageChannel.toStage} and {@code toSubject} reach
 * every instance's connections. So reactions are summed on that one instance and pushed once per
 * interval ({@link Pulse}) to everyone; live poll results likewise. Votes hold once per person because
 * the database refuses a second row, whichever instance stores it. Work that touches the database runs
 * on the managed executor, in order per connection ({@link Lanes}); socket threads never block.
 */
package dev.marquee.plugin.interaction.live;
