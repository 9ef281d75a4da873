/** Use cases of stages: add, configure (through the media provider's declared settings), reorder and remove. */
package dev.marquee.platform.application.stage;
