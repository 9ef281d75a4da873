/**
 * Audience interaction on a stage: a moderated question queue with one vote per person, polls, and
 * emoji reactions aggregated into bursts. It takes part in the stage socket only through core's
 * {@code spi.stage} ({@link dev.marquee.platform.spi.stage.StageFrameHandler} and
 * {@link dev.marquee.platform.spi.stage.StageChannel}), keeps its rows through its own migrations
 * ({@code db/marquee/interaction}) and offers REST for the console ({@code /api/v1/stages/{id}/interaction},
 * {@code /questions}, {@code /polls}). See docs/interaction.md.
 */
package dev.marquee.plugin.interaction;
