/**
 * Other plugins' stage handlers across the cluster. A handler keeps a stage's state in memory (an
 * interactive video stage's hands and speakers), so every frame of one stage must reach the same
 * instance: the stage's owner, chosen through the data grid ({@link dev.marquee.plugin.chat.stage.StageOwners}).
 * Instances forward the frames of their connections to the owner ({@link dev.marquee.plugin.chat.stage.StageCalls});
 * the handler answers through the stage channel, which reaches connections on any instance. When an
 * instance dies, its people leave the stages owned elsewhere, and the people of the stages it owned are
 * reconnected, so they join again at the new owner.
 */
package dev.marquee.plugin.chat.stage;
