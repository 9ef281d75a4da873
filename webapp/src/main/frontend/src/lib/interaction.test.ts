import { describe, expect, it } from 'vitest';
import { EMPTY, mayVote, pinnedQuestion, reduce, shares, sortQueue, type Question } from './interaction';

const q = (id: string, votes: number, createdAt: string, more: Partial<Question> = {}): Question => ({
  id, text: 'q' + id, author: null, votes, answered: false, pinned: false, hidden: false, approved: true, createdAt, ...more,
});

describe('the question queue', () => {
  it('sorts by votes, then the oldest first, answered ones last', () => {
    const sorted = sortQueue([
      q('a', 1, '2026-01-01T10:00:02Z'), q('b', 3, '2026-01-01T10:00:05Z'), q('c', 1, '2026-01-01T10:00:01Z'),
      q('d', 9, '2026-01-01T10:00:00Z', { answered: true }),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('takes the queue on join and new or changed questions after it', () => {
    let s = reduce(EMPTY, { type: 'qa.queue', questions: [q('1', 0, '2026-01-01T10:00:00Z'), q('2', 0, '2026-01-01T10:00:01Z')] });
    expect(s.questions.map((x) => x.id)).toEqual(['1', '2']);
    s = reduce(s, { type: 'qa.question', id: '2', votes: 2 });
    expect(s.questions.map((x) => [x.id, x.votes, x.text])).toEqual([['2', 2, 'q2'], ['1', 0, 'q1']]);
    s = reduce(s, { type: 'qa.question', id: 3, text: 'new', votes: 1, createdAt: '2026-01-01T10:00:09Z', author: { id: 'p', name: 'Ann' } });
    expect(s.questions.map((x) => x.id)).toEqual(['2', '3', '1']);
    expect(s.questions[1].author?.name).toBe('Ann');
  });

  it('drops a question the server removed, and keeps one pin', () => {
    let s = reduce(EMPTY, { type: 'qa.queue', questions: [q('1', 0, '2026-01-01T10:00:00Z', { pinned: true }), q('2', 0, '2026-01-01T10:00:01Z')] });
    expect(pinnedQuestion(s)?.id).toBe('1');
    s = reduce(s, { type: 'qa.question', id: '2', pinned: true });
    expect(s.questions.filter((x) => x.pinned).map((x) => x.id)).toEqual(['2']);
    s = reduce(s, { type: 'qa.question', id: '2', removed: true });
    expect(s.questions.map((x) => x.id)).toEqual(['1']);
    expect(pinnedQuestion(s)).toBeNull();
  });

  it('does not show a hidden question over the player', () => {
    const s = reduce(EMPTY, { type: 'qa.question', id: '5', text: 'x', pinned: true, hidden: true, createdAt: '2026-01-01T10:00:00Z' });
    expect(pinnedQuestion(s)).toBeNull();
  });
});

describe('the open poll', () => {
  const open = { type: 'poll.open', id: 7, question: 'Tea?', options: ['yes', 'no'], multiple: false, changeable: true, resultsLive: true };

  it('opens, takes live results, the own vote, and the final results', () => {
    let s = reduce(EMPTY, open);
    expect(s.poll).toMatchObject({ id: '7', state: 'open', counts: null, mine: null });
    expect(mayVote(s.poll!)).toBe(true);
    s = reduce(s, { type: 'poll.voted', id: '7', options: [1] });
    s = reduce(s, { type: 'poll.results', id: '7', counts: [1, 3], total: 4 });
    expect(s.poll).toMatchObject({ mine: [1], counts: [1, 3], total: 4 });
    expect(shares(s.poll!)).toEqual([25, 75]);
    expect(mayVote(s.poll!)).toBe(true);
    s = reduce(s, { type: 'poll.close', id: '7', counts: [2, 3], total: 5 });
    expect(s.poll).toMatchObject({ state: 'closed', counts: [2, 3], total: 5 });
    expect(mayVote(s.poll!)).toBe(false);
  });

  it('ignores frames of another poll, and a vote that may not change is final', () => {
    let s = reduce(EMPTY, { ...open, changeable: false });
    s = reduce(s, { type: 'poll.results', id: '8', counts: [9, 9], total: 18 });
    expect(s.poll?.counts).toBeNull();
    s = reduce(s, { type: 'poll.voted', id: '7', options: [0] });
    expect(mayVote(s.poll!)).toBe(false);
  });

  it('keeps nothing of other frame types', () => {
    expect(reduce(EMPTY, { type: 'chat.message' })).toBe(EMPTY);
  });
});
