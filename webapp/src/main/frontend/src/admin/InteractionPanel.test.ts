// The Interaction tab against a stubbed API answering in the shapes of the interaction spec (issue 17): the
// settings it saves, the queue's moderation and live reload, the poll editor and results, the exports, what
// hosts and moderators get, and that axe-core finds nothing serious in it.
import axe from 'axe-core';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarqueeEvent, Stage } from '../lib/types';
import type { InteractionSettings, Poll, Question } from './interaction';
import { InteractionPanel } from './InteractionPanel';
import { InteractionStage } from './InteractionStage';

const event: MarqueeEvent = { id: 7, slug: 'conf', title: 'Conf', description: null, timezone: 'Europe/Berlin', access: 'PUBLIC' };
const stage = (id: number, name: string): Stage => ({ id, eventId: 7, slug: name.toLowerCase(), name, order: id, provider: 'rtmp', live: false });
const settings = (over: { qa?: Partial<InteractionSettings['qa']>; polls?: { enabled: boolean } } = {}): InteractionSettings => ({
  qa: { enabled: true, premoderated: false, anonymous: false, locked: false, ...over.qa },
  polls: { enabled: true, ...over.polls }, reactions: { enabled: true, set: ['👏', '❤️', '😂', '🎉', '😮', '👍'] },
});
const question = (id: number, over: Partial<Question> = {}): Question => ({
  id, text: `Question ${id}?`, author: { id: `p${id}`, name: `Person ${id}` }, votes: 0, answered: false, pinned: false,
  hidden: false, approved: true, createdAt: `2026-09-18T08:0${id}:00Z`, ...over,
});
const poll = (id: number, over: Partial<Poll> = {}): Poll => ({
  id, question: `Poll ${id}?`, options: ['Yes', 'No', 'Maybe'], multiple: false, changeable: true, resultsLive: true,
  state: 'draft', counts: [0, 0, 0], total: 0, ...over,
});

let root: HTMLElement;
let routes: Record<string, unknown>;
let calls: Array<{ method: string; path: string; body: unknown }>;

beforeEach(() => {
  root = document.createElement('main');
  document.body.appendChild(root);
  calls = [];
  routes = {};
  // jsdom has no modal dialogs
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const path = url.replace('/api/v1', '');
    const method = init.method ?? 'GET';
    calls.push({ method, path, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const key = `${method} ${path}`;
    if (!(key in routes)) return new Response(JSON.stringify({ error: 'not_found', detail: 'Not found.' }), { status: 404 });
    const answer = typeof routes[key] === 'function' ? (routes[key] as (b: unknown) => unknown)(calls.at(-1)!.body) : routes[key];
    if (answer instanceof Response) return answer;
    return answer === undefined ? new Response(null, { status: 204 })
      : new Response(JSON.stringify(answer), { status: method === 'POST' && path.endsWith('/polls') ? 201 : 200 });
  });
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

// effects of components a state change mounts run when act ends: several rounds, for the stage list's, the stage's
// and its queue's and polls' loads
const settle = async () => {
  for (let round = 0; round < 4; round++) await act(async () => { for (let i = 0; i < 8; i++) await new Promise((r) => setTimeout(r, 0)); });
};
const control = (label: string) => {
  const found = [...root.querySelectorAll('button, input, a')].find((b) => b.getAttribute('aria-label') === label
    || (b.id && root.querySelector(`label[for="${b.id}"]`)?.textContent?.startsWith(label))
    || b.closest('label')?.textContent?.startsWith(label));
  if (!found) throw new Error(`nothing labelled "${label}" in: ${root.innerHTML}`);
  return found as HTMLInputElement;
};
const button = (text: string) => {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
const type = (input: HTMLInputElement, value: string) => act(() => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
});
const posts = () => calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`);
async function show(stageId?: number) {
  act(() => render(h(InteractionPanel, { event, stageId }), root));
  await settle();
}
async function seriousViolations() {
  const result = await axe.run(root, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}
const oneStage = (over: Record<string, unknown> = {}) => ({
  'GET /events/7/stages': [stage(1, 'Main')], 'GET /stages/1/interaction': settings(), 'GET /stages/1/questions': [],
  'GET /stages/1/polls': [], ...over,
});

describe('the Interaction tab', () => {
  it('says when the event has no stage yet', async () => {
    routes = { 'GET /events/7/stages': [] };
    await show();
    expect(root.textContent).toContain('No stages yet. Add one under Stages');
    expect(await seriousViolations()).toEqual([]);
  });

  it('shows one stage at a time, chosen in the stage list kept in the address', async () => {
    routes = { ...oneStage(), 'GET /events/7/stages': [stage(2, 'Side'), stage(1, 'Main')],
      'GET /stages/2/interaction': settings(), 'GET /stages/2/questions': [], 'GET /stages/2/polls': [] };
    await show(2);
    const links = [...root.querySelectorAll('nav.stage-picker a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')]))
      .toEqual([['Main', '#/events/7/interaction/1'], ['Side', '#/events/7/interaction/2']]);
    expect(root.querySelector('nav.stage-picker a[aria-current=page]')?.textContent).toBe('Side');
    expect(root.querySelector('h2')?.textContent).toBe('Interaction: Side');
    expect(calls.some((c) => c.path.startsWith('/stages/1/'))).toBe(false);
    expect(root.textContent).toContain('No questions yet.');
    expect(root.textContent).toContain('No polls yet.');
    expect(await seriousViolations()).toEqual([]);
  });

  it('says so when the server has no interaction plugin', async () => {
    routes = { 'GET /events/7/stages': [stage(1, 'Main')] };
    await show();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('Audience interaction is not available on this server');
  });

  it('saves the settings: Q&A switches and the reaction set', async () => {
    routes = oneStage({ 'GET /stages/1/interaction': { qa: { enabled: false, premoderated: false, anonymous: false }, polls: { enabled: false },
      reactions: { enabled: true, set: ['👏', '❤️'] } }, 'PUT /stages/1/interaction': (b: unknown) => b });
    await show();
    expect(root.textContent).toContain('Q&A is off on this stage: switch it on under Settings; attendees cannot ask.');
    expect(control('Emoji').value).toBe('👏 ❤️');
    act(() => control('Q&A on').click());
    act(() => control('Pre-moderated').click());
    act(() => control('Locked').click());
    act(() => control('Polls on').click());
    await type(control('Emoji'), '🔥👍🏽 🇩🇪');
    expect(await seriousViolations()).toEqual([]);
    await act(async () => { button('Save interaction settings').click(); });
    await settle();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      qa: { enabled: true, premoderated: true, anonymous: false, locked: true }, polls: { enabled: true },
      reactions: { enabled: true, set: ['🔥', '👍🏽', '🇩🇪'] },
    });
    expect(root.querySelector('[role=status].ok')?.textContent).toBe('Saved.');
    expect(root.textContent).toContain('Q&A is locked: no new questions');
  });

  it('refuses a reaction set that is not emoji without asking the server, and shows the server refusal beside the field', async () => {
    routes = oneStage({ 'PUT /stages/1/interaction': new Response(JSON.stringify({ error: 'invalid_settings', detail: 'Invalid.',
      fields: [{ name: 'reactions.set', message: 'Each reaction is one emoji.' }] }), { status: 400 }) });
    await show();
    await type(control('Emoji'), '👏 ok');
    await act(async () => { button('Save interaction settings').click(); });
    expect(root.querySelector('[data-field-error]')?.textContent).toBe('"o" is not an emoji: reactions are emoji only.');
    expect(control('Emoji').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    await type(control('Emoji'), '👏');
    await act(async () => { button('Save interaction settings').click(); });
    await settle();
    expect(root.querySelector('[data-field-error]')?.textContent).toBe('Each reaction is one emoji.');
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Not saved: see the marked fields above.');
  });

  it('groups the queue and moderates it: approve, pin, unpin, mark answered, hide after asking', async () => {
    routes = oneStage({
      'GET /stages/1/interaction': settings({ qa: { premoderated: true } }),
      'GET /stages/1/questions': [
        question(1, { votes: 2 }), question(2, { votes: 7 }), question(3, { approved: false, author: null }),
        question(4, { pinned: true, votes: 1 }), question(5, { answered: true }), question(6, { hidden: true, text: 'Spam' }),
      ],
      'POST /questions/3/approve': undefined, 'POST /questions/2/pin': undefined, 'POST /questions/4/unpin': undefined,
      'POST /questions/1/answer': undefined, 'POST /questions/2/hide': undefined,
    });
    await show();
    const sections = [...root.querySelectorAll('.qa-queue h4')].map((s) => s.textContent);
    expect(sections).toEqual(['Pinned: shown over the player', 'Waiting for approval (1)', 'Questions, most votes first (2)',
      'Answered (1)']);
    const open = [...root.querySelectorAll('.qa-queue section')][2];
    expect([...open.querySelectorAll('.question-text')].map((q) => q.textContent)).toEqual(['Question 2?', 'Question 1?']);
    expect(root.textContent).toContain('Asked anonymously · 0 votes');
    expect(root.textContent).toContain('Asked by Person 1 · 2 votes · 10:01');
    expect(root.querySelector('details summary')?.textContent).toBe('Hidden (1)');
    expect(await seriousViolations()).toEqual([]);

    await act(async () => { control('Approve “Question 3?”').click(); });
    await settle();
    await act(async () => { control('Pin “Question 2?”').click(); });
    await settle();
    await act(async () => { control('Unpin “Question 4?”').click(); });
    await settle();
    await act(async () => { control('Mark answered “Question 1?”').click(); });
    await settle();
    act(() => control('Hide “Question 2?”').click());
    expect(document.querySelector('dialog')?.textContent).toContain('cannot be shown again');
    expect(posts()).not.toContain('POST /questions/2/hide');
    await act(async () => { button('Hide question').click(); });
    await settle();
    expect(posts()).toEqual(['POST /questions/3/approve', 'POST /questions/2/pin', 'POST /questions/4/unpin',
      'POST /questions/1/answer', 'POST /questions/2/hide']);
    // each action reloads the queue at once
    expect(calls.filter((c) => c.path === '/stages/1/questions').length).toBe(6);
  });

  it('reloads the queue every 3 seconds, and shows a question text as text', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    routes = oneStage();
    await show();
    expect(root.textContent).toContain('No questions yet.');
    routes['GET /stages/1/questions'] = [question(1, { text: '<img src=x onerror="window.owned=1">' })];
    await act(async () => { vi.advanceTimersByTime(3000); });
    await settle();
    expect(root.querySelector('.question-text')?.textContent).toBe('<img src=x onerror="window.owned=1">');
    expect(root.querySelector('.qa-queue img')).toBeNull();
    routes['GET /stages/1/questions'] = new Response(JSON.stringify({ error: 'unavailable', detail: 'Try again.' }), { status: 503 });
    await act(async () => { vi.advanceTimersByTime(3000); });
    await settle();
    expect(root.querySelector('.qa-queue [role=alert]')?.textContent).toBe('Try again.');
    expect(root.querySelector('.question-text')).not.toBeNull();
  });

  it('checks a new poll, creates it, and keeps results loading while one is open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    routes = oneStage({ 'POST /stages/1/polls': (b: unknown) => ({ ...poll(9), ...(b as object), counts: [0, 0], total: 0 }) });
    await show();
    await type(control('Question'), 'Lunch?');
    await type(control('Option 1'), 'Pizza');
    await act(async () => { button('Create poll').click(); });
    expect(root.querySelector('[data-field-error=options]')?.textContent).toBe('Give at least 2 options.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    act(() => button('Add an option').click());
    await type(control('Option 2'), 'Salad');
    await type(control('Option 3'), 'Soup');
    act(() => control('Remove option 2').click());
    act(() => control('Multiple choice: people may pick several options').click());
    act(() => control('Results shown live to everyone (otherwise when it closes)').click());
    expect(await seriousViolations()).toEqual([]);
    routes['GET /stages/1/polls'] = [poll(9, { question: 'Lunch?', options: ['Pizza', 'Soup'], multiple: true, resultsLive: false })];
    await act(async () => { button('Create poll').click(); });
    await settle();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ question: 'Lunch?', options: ['Pizza', 'Soup'], multiple: true,
      changeable: true, resultsLive: false });
    expect(control('Question').value).toBe('');
    const card = root.querySelector('.polls-list li')!;
    expect(card.textContent).toContain('Lunch?');
    expect(card.textContent).toContain('Draft');
    expect(card.textContent).toContain('Multiple choice · votes can be changed while open · results shown after closing');

    const loads = () => calls.filter((c) => c.path === '/stages/1/polls').length;
    const before = loads();
    await act(async () => { vi.advanceTimersByTime(9000); });
    await settle();
    expect(loads()).toBe(before);
    routes['POST /polls/9/open'] = undefined;
    routes['GET /stages/1/polls'] = [poll(9, { question: 'Lunch?', options: ['Pizza', 'Soup'], state: 'open', counts: [1, 2], total: 3 })];
    await act(async () => { control('Open the poll “Lunch?”').click(); });
    await settle();
    expect(root.querySelector('.polls-list li')?.textContent).toContain('2 votes (67%)');
    routes['GET /stages/1/polls'] = [poll(9, { question: 'Lunch?', options: ['Pizza', 'Soup'], state: 'open', counts: [1, 3], total: 4 })];
    await act(async () => { vi.advanceTimersByTime(3000); });
    await settle();
    expect(root.querySelector('.polls-list li')?.textContent).toContain('3 votes (75%)');
    expect(root.querySelector('.polls-list li')?.textContent).toContain('4 voters');
  });

  it('asks before opening a poll while another is open, and before deleting one; closes; links each poll export', async () => {
    routes = oneStage({
      'GET /stages/1/polls': [poll(1, { state: 'open', counts: [3, 1, 0], total: 4 }), poll(2), poll(3, { state: 'closed', counts: [0, 0, 1], total: 1 })],
      'POST /polls/2/open': undefined, 'POST /polls/1/close': undefined, 'DELETE /polls/3': undefined,
    });
    await show();
    expect(root.querySelector('a[href="/api/v1/stages/1/questions/export"]')?.textContent).toBe('Export questions (CSV)');
    expect([...root.querySelectorAll('.polls-list a[download]')].map((a) => a.getAttribute('href')))
      .toEqual(['/api/v1/polls/1/export', '/api/v1/polls/3/export']);
    expect(root.textContent).toContain('3 votes (75%)');
    expect(await seriousViolations()).toEqual([]);
    act(() => control('Open the poll “Poll 2?”').click());
    expect(document.querySelector('dialog')?.textContent).toContain('“Poll 1?” is open now: opening this one closes it');
    await act(async () => { button('Open poll').click(); });
    await settle();
    await act(async () => { control('Close the poll “Poll 1?”').click(); });
    await settle();
    act(() => control('Delete the poll “Poll 3?”').click());
    await act(async () => { button('Delete poll').click(); });
    await settle();
    expect(posts()).toEqual(['POST /polls/2/open', 'POST /polls/1/close', 'DELETE /polls/3']);
  });

  it('shows a refused action beside the queue', async () => {
    routes = oneStage({ 'GET /stages/1/questions': [question(1)],
      'POST /questions/1/pin': new Response(JSON.stringify({ error: 'forbidden', detail: 'You do not lead this stage.' }), { status: 403 }) });
    await show();
    await act(async () => { control('Pin “Question 1?”').click(); });
    await settle();
    expect(root.querySelector('.qa-queue [role=alert]')?.textContent).toBe('You do not lead this stage.');
  });
});

describe('a stage for its hosts and moderators', () => {
  it('runs the queue and polls without the settings or the exports', async () => {
    routes = oneStage({ 'GET /stages/1/questions': [question(1)], 'GET /stages/1/polls': [poll(1, { state: 'closed' })] });
    act(() => render(h(InteractionStage, { stage: stage(1, 'Main'), zone: 'Europe/Berlin', organizer: false }), root));
    await settle();
    expect(root.textContent).not.toContain('Save interaction settings');
    expect(root.querySelector('a[download]')).toBeNull();
    expect(control('Pin “Question 1?”')).toBeTruthy();
    expect(button('Create poll')).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
  });
});
