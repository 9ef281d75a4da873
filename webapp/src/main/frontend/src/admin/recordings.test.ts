import { describe, expect, it } from 'vitest';
import type { Recording, Stage } from '../lib/types';
import { anyRecording, hms, readRetention, recordedStages, size, statusText } from './recordings';

const recording = (status: Recording['status'], error: string | null = null): Recording => ({
  id: 1, stageId: 2, startedAt: '2026-09-18T08:00:00Z', endedAt: null, durationSeconds: 10, status, sizeBytes: 1,
  published: false, error,
});

describe('recordings in the console', () => {
  it('writes durations as h:mm:ss', () => {
    expect(hms(0)).toBe('0:00:00');
    expect(hms(59)).toBe('0:00:59');
    expect(hms(3725)).toBe('1:02:05');
    expect(hms(36000 + 61.9)).toBe('10:01:01');
    expect(hms(-3)).toBe('0:00:00');
  });

  it('writes sizes in MB below a gigabyte and in GB above', () => {
    expect(size(0)).toBe('0.0 MB');
    expect(size(12_345_678)).toBe('12.3 MB');
    expect(size(456_700_000)).toBe('457 MB');
    expect(size(99_960_000)).toBe('100 MB');
    expect(size(999_999_999)).toBe('1.00 GB');
    expect(size(1_250_000_000)).toBe('1.25 GB');
    expect(size(31_000_000_000)).toBe('31.00 GB');
  });

  it('says the status, with the reason of a failure', () => {
    expect(statusText(recording('recording'))).toBe('Recording now');
    expect(statusText(recording('complete'))).toBe('Complete');
    expect(statusText(recording('failed', 'The disk is full.'))).toBe('Failed: The disk is full.');
    expect(statusText(recording('failed'))).toBe('Failed');
  });

  it('keeps reloading only while something is being recorded', () => {
    expect(anyRecording({})).toBe(false);
    expect(anyRecording({ 1: [recording('complete')], 2: [] })).toBe(false);
    expect(anyRecording({ 1: [recording('complete')], 2: [recording('recording')] })).toBe(true);
  });

  it('lists only rtmp stages, in the event order', () => {
    const stage = (id: number, provider: string, order: number) => ({ id, provider, order }) as Stage;
    expect(recordedStages([stage(1, 'rtmp', 2), stage(2, 'vimeo', 0), stage(3, 'rtmp', 1)]).map((s) => s.id)).toEqual([3, 1]);
  });

  it('reads the retention: empty for ever, whole days from 1', () => {
    expect(readRetention('')).toBeNull();
    expect(readRetention('  ')).toBeNull();
    expect(readRetention('30')).toBe(30);
    expect(readRetention(' 7 ')).toBe(7);
    expect(readRetention('0')).toBeUndefined();
    expect(readRetention('-1')).toBeUndefined();
    expect(readRetention('1.5')).toBeUndefined();
    expect(readRetention('a week')).toBeUndefined();
  });
});
