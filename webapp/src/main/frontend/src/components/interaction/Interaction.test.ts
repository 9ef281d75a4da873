// The stage page's Q&A panel, poll card and player overlay, rendered with frames reduced as the page
// reduces them: what people see and the frames their clicks send.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY, pinnedQuestion, reduce, type Question } from '../../lib/interaction';
import { PlayerOverlay } from './PlayerOverlay';
import { PollCard } from './PollCard';
import { QaPanel } from './QaPanel';

let root: HTMLElement;
let sent: Array<Record<string, unknown>>;
const send = (frame: object) => { sent.push(frame as Record<string, unknown>); };

beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
  sent = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const q = (id: string, votes: number, more: Partial<Question> = {}): Question => ({
  id, text: 'Question ' + id, author: { id: 'p' + id, name: 'Person ' + id }, votes, answered: false, pinned: false,
  hidden: false, approved: true, createdAt: '2026-01-01T10:00:0' + id + 'Z', ...more,
});

const buttons = (label: string) => [...root.querySelectorAll('button')].filter((b) => b.textContent === label);

describe('QaPanel', () => {
  const qa = { enabled: true, anonymous: true };

  it('lists the queue by votes, asks anonymously, and votes once', () => {
    const state = reduce(EMPTY, { type: 'qa.queue', questions: [q('1', 1), q('2', 4)] });
    act(() => render(h(QaPanel, { qa, questions: state.questions, leads: false, you: 'p1', connected: true, send }), root));
    expect([...root.querySelectorAll('.question-body')].map((e) => e.textContent)).toEqual(['Question 2', 'Question 1']);
    expect(buttons('Mark answered')).toHaveLength(0);
    const upvotes = buttons('Upvote');
    expect(upvotes[1].disabled).toBe(true); // their own question counts their vote already
    act(() => upvotes[0].click());
    expect(sent).toEqual([{ type: 'qa.vote', id: '2' }]);
    expect(buttons('Upvote')[0].disabled).toBe(true);
    const text = root.querySelector('textarea')!;
    act(() => {
      text.value = '  Why <b>not</b>?  ';
      text.dispatchEvent(new Event('input'));
    });
    act(() => {
      const box = root.querySelector('input[type=checkbox]') as HTMLInputElement;
      box.checked = true;
      box.dispatchEvent(new Event('change'));
    });
    act(() => { root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })); });
    expect(sent.at(-1)).toEqual({ type: 'qa.ask', text: 'Why <b>not</b>?', anonymous: true });
    expect(root.innerHTML).not.toContain('<b>not</b>');
  });

  it('gives leaders answer, pin, hide and approve, and shows hidden questions to them only', () => {
    const questions = [q('1', 0, { approved: false }), q('2', 0, { pinned: true }), q('3', 0, { hidden: true })];
    act(() => render(h(QaPanel, { qa: { enabled: true }, questions, leads: true, you: null, connected: true, send }), root));
    expect(root.querySelectorAll('.question')).toHaveLength(3);
    act(() => buttons('Approve')[0].click());
    act(() => buttons('Unpin')[0].click());
    act(() => buttons('Pin')[0].click());
    act(() => buttons('Hide')[0].click());
    act(() => buttons('Mark answered')[0].click());
    expect(sent).toEqual([{ type: 'qa.approve', id: '1' }, { type: 'qa.unpin' }, { type: 'qa.pin', id: '1' },
      { type: 'qa.hide', id: '1' }, { type: 'qa.answer', id: '1' }]);
    act(() => render(h(QaPanel, { qa: { enabled: true }, questions, leads: false, you: null, connected: true, send }), root));
    expect(root.querySelectorAll('.question')).toHaveLength(2);
    expect(root.querySelector('input[type=checkbox]')).toBeNull();
  });

  it('takes no question while locked', () => {
    act(() => render(h(QaPanel, { qa: { enabled: true, locked: true }, questions: [], leads: false, you: null, connected: true, send }), root));
    expect(root.querySelector('textarea')).toBeNull();
    expect(root.textContent).toContain('Questions are closed');
  });
});

describe('PollCard', () => {
  const open = { type: 'poll.open', id: '9', question: 'Tea or coffee?', options: ['Tea', 'Coffee'], multiple: false, changeable: true, resultsLive: true };

  it('votes, changes the vote, and shows the results as bars', () => {
    let state = reduce(EMPTY, open);
    act(() => render(h(PollCard, { poll: state.poll!, send }), root));
    const radios = root.querySelectorAll('input[type=radio]');
    act(() => {
      (radios[1] as HTMLInputElement).checked = true;
      radios[1].dispatchEvent(new Event('change'));
    });
    act(() => { root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })); });
    expect(sent).toEqual([{ type: 'poll.vote', id: '9', options: [1] }]);
    state = reduce(reduce(state, { type: 'poll.voted', id: '9', options: [1] }), { type: 'poll.results', id: '9', counts: [1, 3], total: 4 });
    act(() => render(h(PollCard, { poll: state.poll!, send }), root));
    expect(buttons('Change vote')).toHaveLength(1);
    expect([...root.querySelectorAll('.poll-results .muted')].map((e) => e.textContent)).toEqual(['1 · 25%', '3 · 75%']);
    expect((root.querySelector('.poll-results .bar > span') as HTMLElement).style.width).toBe('25%');
    state = reduce(state, { type: 'poll.close', id: '9', counts: [1, 4], total: 5 });
    act(() => render(h(PollCard, { poll: state.poll!, send }), root));
    expect(root.querySelector('form')).toBeNull();
    expect(root.textContent).toContain('(closed)');
  });

  it('hides results until the poll closes when they are not live', () => {
    const state = reduce(reduce(EMPTY, { ...open, resultsLive: false, changeable: false }), { type: 'poll.voted', id: '9', options: [0] });
    act(() => render(h(PollCard, { poll: state.poll!, send }), root));
    expect(root.querySelector('form')).toBeNull();
    expect(root.textContent).toContain('Results are shown when the poll closes');
  });
});

describe('PlayerOverlay', () => {
  it('shows the pinned question and floating reactions, or still counts for reduced motion', () => {
    const state = reduce(EMPTY, { type: 'qa.question', id: '4', text: 'What next?', pinned: true, author: null, createdAt: '2026-01-01T10:00:00Z' });
    const particles = [{ key: 1, emoji: '👏', x: 50, born: 0 }];
    act(() => render(h(PlayerOverlay, { pinned: pinnedQuestion(state), particles, totals: { '👏': 3 }, reducedMotion: false }), root));
    expect(root.querySelector('.pinned-question')?.textContent).toContain('What next?');
    expect(root.querySelector('.pinned-question')?.textContent).toContain('Anonymous');
    expect(root.querySelectorAll('.burst')).toHaveLength(1);
    expect(root.querySelector('.reaction-totals')).toBeNull();
    act(() => render(h(PlayerOverlay, { pinned: null, particles, totals: { '👏': 3 }, reducedMotion: true }), root));
    expect(root.querySelector('.burst')).toBeNull();
    expect(root.querySelector('.reaction-totals')?.textContent).toBe('👏 3');
  });
});
