import { describe, expect, it } from 'vitest';
import {
  askedBy, completeSettings, DEFAULT_REACTIONS, groupQueue, percent, pollCsv, pollRules, type Question, questionsCsv,
  readPollDraft, readReactionSet,
} from './interaction';

const question = (id: number, over: Partial<Question> = {}): Question => ({
  id, text: `Q${id}`, author: { id: `p${id}`, name: `P${id}` }, votes: 0, answered: false, pinned: false, hidden: false,
  approved: true, createdAt: `2026-09-18T08:0${id}:00Z`, ...over,
});
const draft = (question: string, options: string[]) => ({ question, options, multiple: false, changeable: true, resultsLive: true });

describe('interaction in the console', () => {
  it('fills in what the server leaves out with the documented defaults', () => {
    expect(completeSettings(null)).toEqual({
      qa: { enabled: false, premoderated: false, anonymous: false, locked: false }, polls: { enabled: false },
      reactions: { enabled: true, set: DEFAULT_REACTIONS },
    });
    expect(completeSettings({ qa: { enabled: true, premoderated: true, anonymous: false } } as never).qa)
      .toEqual({ enabled: true, premoderated: true, anonymous: false, locked: false });
  });

  it('reads a reaction set as whole emoji, skin tones and flags included, spaces optional', () => {
    expect(readReactionSet('👏 ❤️ 👍🏽')).toEqual({ set: ['👏', '❤️', '👍🏽'] });
    expect(readReactionSet('🇩🇪🎉1️⃣')).toEqual({ set: ['🇩🇪', '🎉', '1️⃣'] });
    expect(readReactionSet('  ')).toEqual({ error: 'Give at least one emoji.' });
    expect(readReactionSet('👏 a')).toEqual({ error: '"a" is not an emoji: reactions are emoji only.' });
    expect(readReactionSet('👏 🎉 👏')).toEqual({ error: '👏 is in the set twice.' });
    expect(readReactionSet('😀😁😂🤣😃😄😅😆😉😊😋😎')).toHaveProperty('set');
    expect(readReactionSet('😀😁😂🤣😃😄😅😆😉😊😋😎😍')).toEqual({ error: 'At most 12 emoji: this set has 13.' });
  });

  it('groups the queue for moderators: pinned, waiting for approval, open, answered, hidden; most votes first, then oldest', () => {
    const g = groupQueue([
      question(1, { votes: 2 }), question(2, { votes: 5 }), question(3, { votes: 2 }), question(4, { approved: false, votes: 9 }),
      question(5, { answered: true }), question(6, { pinned: true, answered: true }), question(7, { hidden: true, approved: false }),
    ]);
    expect(g.pinned?.id).toBe(6);
    expect(g.waiting.map((q) => q.id)).toEqual([4]);
    expect(g.open.map((q) => q.id)).toEqual([2, 1, 3]);
    expect(g.answered.map((q) => q.id)).toEqual([5]);
    expect(g.hidden.map((q) => q.id)).toEqual([7]);
    expect(groupQueue([]).pinned).toBeNull();
  });

  it('says who asked, or that it was anonymous, with the votes', () => {
    expect(askedBy(question(1, { votes: 1 }))).toBe('Asked by P1 · 1 vote');
    expect(askedBy(question(1, { author: null, votes: 3 }))).toBe('Asked anonymously · 3 votes');
  });

  it('reads a poll draft: a question, 2 to 10 distinct options, blanks left out', () => {
    expect(readPollDraft(draft(' Lunch? ', ['Pizza ', '', ' Salad']))).toEqual({ body: draft('Lunch?', ['Pizza', 'Salad']) });
    expect(readPollDraft(draft('', ['a', 'b']))).toEqual({ fields: { question: 'Write the question people vote on.' } });
    expect(readPollDraft(draft('Q', ['a', ' ']))).toEqual({ fields: { options: 'Give at least 2 options.' } });
    expect(readPollDraft(draft('Q', 'abcdefghijk'.split('')))).toEqual({ fields: { options: 'At most 10 options.' } });
    expect(readPollDraft(draft('Q', ['Yes', 'yes']))).toEqual({ fields: { options: '"yes" is there twice.' } });
    expect(readPollDraft(draft('x'.repeat(501), ['a', 'b']))).toEqual({ fields: { question: 'At most 500 characters.' } });
  });

  it('writes results as whole percent of the voters and a poll rules in words', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
    expect(pollRules({ multiple: false, changeable: true, resultsLive: true }))
      .toBe('Single choice · votes can be changed while open · results shown live');
    expect(pollRules({ multiple: true, changeable: false, resultsLive: false }))
      .toBe('Multiple choice · votes are final · results shown after closing');
  });

  it('links the CSV exports', () => {
    expect(questionsCsv(4)).toBe('/api/v1/stages/4/questions/export');
    expect(pollCsv('a b')).toBe('/api/v1/polls/a%20b/export');
  });
});
