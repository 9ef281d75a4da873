import { describe, expect, it } from 'vitest';
import { activityLabel, chartData, type StageAttendance } from './attendance';

describe('attendance', () => {
  it('labels activity kinds for people', () => {
    expect(activityLabel('chatMessages')).toBe('Chat messages');
    expect(activityLabel('questions')).toBe('Questions');
  });

  it('gives the chart seconds and viewer counts', () => {
    const stage = { viewersOverTime: [[60_000, 2], [120_000, 5]] } as unknown as StageAttendance;
    expect(chartData(stage)).toEqual([[60, 120], [2, 5]]);
  });
});
