import { describe, expect, it } from 'vitest';
import { chosenEvents, type Delivery, deliveryState, EVENT_TYPES } from './webhooks';

const base: Delivery = {
  id: 1, messageId: 'msg_1', type: 'attendee.created', status: 'PENDING', attempts: 0, createdAt: '2026-12-06T10:00:00Z',
  lastAttemptAt: null, lastStatus: null, lastError: null, nextAttemptAt: null, deliveredAt: null, body: '{}',
};

describe('webhooks', () => {
  it('registers "*" when every type is ticked, else the ticked ones in order', () => {
    expect(chosenEvents(EVENT_TYPES.map(([t]) => t))).toEqual(['*']);
    expect(chosenEvents(['import.finished', 'stream.started'])).toEqual(['stream.started', 'import.finished']);
  });

  it('says where a delivery stands', () => {
    const at = (iso: string) => iso;
    expect(deliveryState(base, at)).toBe('Waiting');
    expect(deliveryState({ ...base, attempts: 2, lastStatus: 503, lastError: 'the endpoint answered HTTP 503',
      nextAttemptAt: '2026-12-06T10:01:00Z' }, at)).toBe('Retrying (the endpoint answered HTTP 503), next 2026-12-06T10:01:00Z');
    expect(deliveryState({ ...base, status: 'DELIVERED', attempts: 1, deliveredAt: '2026-12-06T10:00:01Z' }, at))
      .toBe('Delivered 2026-12-06T10:00:01Z');
    expect(deliveryState({ ...base, status: 'FAILED', attempts: 30, lastError: 'timeout' }, at)).toBe('Failed after 30 attempts: timeout');
  });
});
