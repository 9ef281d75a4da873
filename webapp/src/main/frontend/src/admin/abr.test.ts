// The adaptive-bitrate section's wording and its starting ladder.
import { describe, expect, it } from 'vitest';
import { describeEstimate, describeTranscoder, nextRung, STARTING_LADDER, type Transcode } from './abr';

const transcode = (over: Partial<Transcode['status']>, enabled = true): Transcode => ({
  enabled, encoder: 'libx264', preset: 'veryfast', renditions: STARTING_LADDER, maxRenditions: 4,
  ffmpeg: { available: true, reason: null },
  status: { state: 'idle', since: null, restarts: 0, lastError: null, cpuPercent: null, ...over },
});

describe('adaptive bitrate in the console', () => {
  it('words the transcoder state with its measured CPU and restarts', () => {
    expect(describeTranscoder(transcode({ state: 'running', cpuPercent: 84.25, restarts: 2 })))
      .toBe('Running · 84.3 % of a core · started again 2×');
    expect(describeTranscoder(transcode({ state: 'retrying', lastError: 'ffmpeg exited with code 137' })))
      .toBe('Restarting: ffmpeg exited with code 137');
    expect(describeTranscoder(transcode({}))).toBe('On: starts when the stage is live');
    expect(describeTranscoder(transcode({}, false))).toBe('Off');
  });

  it('adds a lower rung below the lowest', () => {
    expect(nextRung(STARTING_LADDER)).toEqual({ name: '240p', height: 240, videoKbps: 350, audioKbps: 64 });
    expect(nextRung([{ name: 'tiny', height: 150, videoKbps: 150, audioKbps: 32 }]).height).toBe(144);
    expect(nextRung([])).toEqual(STARTING_LADDER[0]);
  });

  it('puts the estimate against the server cores', () => {
    expect(describeEstimate({ reference: '1920x1080 30 fps', decodePercent: 12.5, totalPercent: 95,
      renditions: [{ name: '720p', cpuPercent: 60 }, { name: '360p', cpuPercent: 22.5 }], cores: 2 }))
      .toBe('720p 60.0 %, 360p 22.5 %; decoding the source 12.5 %; total 95.0 % of one core '
        + '(the server has 2 cores = 200 %), measured on a 1920x1080 30 fps clip.');
  });
});
