import { describe, expect, it } from 'vitest';
import { AUTO, flvChoices, levelChoices, levelLabel } from './quality';

describe('levelChoices', () => {
  it('offers Auto and then each level from the highest down, keeping hls.js level indexes', () => {
    const levels = [{ height: 270, bitrate: 500_000 }, { height: 720, bitrate: 1_500_000 }, { height: 180, bitrate: 250_000 }];
    expect(levelChoices(levels)).toEqual([
      { id: AUTO, label: 'Auto' }, { id: 1, label: '720p' }, { id: 0, label: '270p' }, { id: 2, label: '180p' },
    ]);
  });

  it('offers no menu for a single level', () => {
    expect(levelChoices([{ height: 720 }])).toEqual([]);
    expect(levelChoices([])).toEqual([]);
  });

  it('names a level without a resolution by its bitrate', () => {
    expect(levelLabel({ bitrate: 700_400 })).toBe('700 kbit/s');
    expect(levelLabel({})).toBe('Level');
  });
});

describe('flvChoices', () => {
  it('lists the source first, then each rendition', () => {
    expect(flvChoices({ type: 'http-flv', url: '/media/rtmp/1/t/live.flv',
      renditions: { '360p': '/media/rtmp/1/t/360p/live.flv', '180p': '/media/rtmp/1/t/180p/live.flv' } })).toEqual([
      { name: 'Source', url: '/media/rtmp/1/t/live.flv' },
      { name: '360p', url: '/media/rtmp/1/t/360p/live.flv' },
      { name: '180p', url: '/media/rtmp/1/t/180p/live.flv' },
    ]);
  });

  it('drops addresses a page must not load and offers nothing without renditions', () => {
    expect(flvChoices({ type: 'http-flv', url: '/media/rtmp/1/t/live.flv',
      renditions: { evil: 'javascript:alert(1)', '360p': 42 } })).toEqual([]);
    expect(flvChoices({ type: 'http-flv', url: '/media/rtmp/1/t/live.flv' })).toEqual([]);
  });
});
