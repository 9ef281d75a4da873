/**
 * The state of live Twilio stages, kept by Marquee (the gatekeeper) and pushed over the stage socket:
 * {@link dev.marquee.plugin.twilio.stage.InteractiveStage} (host, speakers, viewers, hands, invitations)
 * and {@link dev.marquee.plugin.twilio.stage.Party} (DJ, shared videos, whose video each person
 * watches, invitations to a private party). Plain Java with no container: each machine is driven by
 * socket frames and room events, reaches Twilio through the {@link dev.marquee.plugin.twilio.stage.VideoRooms}
 * and {@link dev.marquee.plugin.twilio.stage.AccessTokens} ports and answers through a
 * {@link dev.marquee.platform.spi.stage.StageChannel}. Each machine guards itself with its own lock;
 * the wire format is in docs/twilio-video.md.
 */
package dev.marquee.plugin.twilio.stage;
