import { describe, expect, it } from 'vitest';
import { pickSource, pickSources, roomSource, webAddress } from './sources';
import type { PlaybackSource } from './types';

const rtmpStage: PlaybackSource[] = [
  { type: 'll-hls', url: '/media/rtmp/1/9.0.x/ll.m3u8' },
  { type: 'http-flv', url: '/media/rtmp/1/9.x/live.flv' },
  { type: 'hls', url: '/media/rtmp/1/9.x/index.m3u8' },
  { type: 'rtmp', url: 'rtmp://localhost:1935/live/stage-1?token=9.x' },
];

describe('pickSources', () => {
  it('prefers low-latency HLS, then HTTP-FLV where Media Source Extensions exist, then HLS', () => {
    expect(pickSources(rtmpStage, true, true).map((s) => s.type)).toEqual(['ll-hls', 'http-flv', 'hls']);
  });

  it('plays LL-HLS natively where HTTP-FLV cannot be played (iOS Safari)', () => {
    expect(pickSources(rtmpStage, false, true).map((s) => s.type)).toEqual(['ll-hls', 'hls']);
  });

  it('plays HTTP-FLV where only it can be played', () => {
    expect(pickSource(rtmpStage, true, false)?.type).toBe('http-flv');
  });

  it('never picks RTMP, which no browser plays', () => {
    expect(pickSources([rtmpStage[3]], true, true)).toEqual([]);
  });

  it('plays an iframe before anything else', () => {
    expect(pickSource([...rtmpStage, { type: 'iframe', url: 'https://player.vimeo.com/video/1' }], true, true)?.type).toBe('iframe');
  });
});

describe('roomSource', () => {
  it('finds a video room and its mode', () => {
    expect(roomSource([{ type: 'twilio-video', room: 'marquee-stage-4', mode: 'party' }]))
      .toEqual({ type: 'twilio-video', room: 'marquee-stage-4', mode: 'party', overflowUrl: undefined });
    expect(roomSource([{ type: 'twilio-video', room: 'marquee-stage-4', overflowUrl: 'https://example.org/watch' }]))
      .toEqual({ type: 'twilio-video', room: 'marquee-stage-4', mode: 'interactive', overflowUrl: 'https://example.org/watch' });
    expect(roomSource(rtmpStage)).toBeUndefined();
  });

  it('is never played as a stream', () => {
    expect(pickSources([{ type: 'twilio-video', room: 'marquee-stage-4', mode: 'interactive' }], true, true)).toEqual([]);
  });

  it('links only to web addresses', () => {
    expect(webAddress('/e/conf/main')).toBe('/e/conf/main');
    expect(webAddress('HTTPS://example.org')).toBe('HTTPS://example.org');
    expect(webAddress('javascript:alert(1)')).toBeUndefined();
    expect(webAddress('//evil.example')).toBeUndefined();
    expect(webAddress(7)).toBeUndefined();
  });
});
