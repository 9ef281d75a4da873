/** Stages: the rooms of an event, each with its own stream from a media provider and its own schedule. */
package dev.marquee.platform.domain.model.stage;
