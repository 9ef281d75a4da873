/**
 * The stage socket as an extension point: one WebSocket per viewer and stage ({@code /ws/stages/{id}},
 * served by whichever plugin implements {@link dev.marquee.platform.spi.stage.StageChannel}, the chat
 * plugin in Marquee's WAR) carries the frames of every plugin that takes part in the stage. A plugin
 * that needs the socket (interactive stages: hands, invitations, roles) implements
 * {@link dev.marquee.platform.spi.stage.StageFrameHandler} and is told who joins and leaves, gets the
 * frames of its types, and answers through the channel. Neither side knows the other.
 *
 * <p>A plugin that must know a stage before core has told it of one (a socket or a callback for a stage
 * not provisioned or played back since this instance started) injects core's
 * {@link dev.marquee.platform.spi.stage.StageDirectory}. A plugin's REST resource asks core's
 * {@link dev.marquee.platform.spi.stage.StageAccess} whether the request's caller may watch or leads a
 * stage. A plugin that serves its own socket admits each connection through
 * {@link dev.marquee.platform.spi.stage.SocketAdmission} (the session token and a
 * {@link dev.marquee.platform.spi.stage.GuestPass} from the handshake; a
 * {@link dev.marquee.platform.spi.stage.SocketVisitor} or a refusal), under the same rules.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.stage;
