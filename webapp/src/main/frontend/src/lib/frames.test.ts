import { describe, expect, it } from 'vitest';
import { frameTopic } from './frames';

describe('frameTopic', () => {
  it('gives the chat its own frames and the page the live flag', () => {
    expect(frameTopic({ type: 'chat.message' })).toBe('chat');
    expect(frameTopic({ type: 'presence' })).toBe('chat');
    expect(frameTopic({ type: 'stage.live', live: true } as object)).toBe('live');
    expect(frameTopic({ type: 'group.message' })).toBe('group');
  });

  it('gives the controls the stage and party frames', () => {
    for (const type of ['stage.state', 'stage.you', 'stage.invited', 'stage.muted', 'stage.moved', 'stage.ended', 'party.state', 'party.you']) {
      expect(frameTopic({ type })).toBe('controls');
    }
  });

  it('gives the controls the errors that answer them, the chat the rest', () => {
    expect(frameTopic({ type: 'error', error: 'full' })).toBe('controls');
    expect(frameTopic({ type: 'error', error: 'busy', overflowUrl: '/e/x/main' })).toBe('controls');
    expect(frameTopic({ type: 'error', error: 'stage_not_live' })).toBe('controls');
    expect(frameTopic({ type: 'error', error: 'rate_limited' })).toBe('chat');
    expect(frameTopic({ type: 'error', error: 'room_full' })).toBe('chat');
    expect(frameTopic({})).toBe('chat');
  });

  it('sends Q&A, poll and reaction frames to the interaction panel', () => {
    for (const type of ['qa.queue', 'qa.question', 'poll.open', 'poll.results', 'poll.close', 'poll.voted', 'reaction.burst']) {
      expect(frameTopic({ type })).toBe('interaction');
    }
    expect(frameTopic({ type: 'error', error: 'name_required' })).toBe('chat');
  });
});
