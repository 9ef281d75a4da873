// A nameless guest watches on a socket without ?name=; what they send waits for a name, then goes out
// on the socket opened with it, after that socket's welcome.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useNamedSocket, type NamedSocket } from './useNamedSocket';

class FakeSocket {
  static all: FakeSocket[] = [];
  static readonly OPEN = 1;
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  constructor(readonly url: string) { FakeSocket.all.push(this); }
  send(text: string) { this.sent.push(text); }
  close() { this.readyState = 3; }
  open() { this.readyState = 1; this.onopen?.(); }
  frame(frame: object) { this.onmessage?.({ data: JSON.stringify(frame) }); }
}

let root: HTMLElement;
let named: NamedSocket;
const realSocket = globalThis.WebSocket;

function Probe({ signedIn }: { signedIn: boolean }) {
  named = useNamedSocket(7, signedIn, () => undefined);
  return null;
}

beforeEach(() => {
  FakeSocket.all = [];
  localStorage.clear();
  (globalThis as any).WebSocket = FakeSocket;
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  (globalThis as any).WebSocket = realSocket;
});

describe('useNamedSocket', () => {
  it('lets a nameless guest watch, asks their name when they send, then sends it named', () => {
    act(() => render(h(Probe, { signedIn: false }), root));
    const watcher = FakeSocket.all[0];
    expect(watcher.url).toMatch(/\/ws\/stages\/7$/);
    act(() => { watcher.open(); watcher.frame({ type: 'chat.welcome', you: { id: 'g', name: 'Guest', role: 'watcher', moderator: false } }); });
    act(() => named.socket.send({ type: 'chat.send', text: 'hi' }));
    expect(watcher.sent).toEqual([]);
    expect(named.asking).toBe(true);
    act(() => named.named('Ann'));
    expect(named.asking).toBe(false);
    expect(localStorage.getItem('marquee.guestName')).toBe('Ann');
    const guest = FakeSocket.all[1];
    expect(guest.url).toMatch(/\/ws\/stages\/7\?name=Ann$/);
    act(() => guest.open());
    expect(guest.sent).toEqual([]); // not before the welcome of the named connection
    // The watcher's socket finishes closing after its successor opened: that changes nothing.
    act(() => watcher.onclose?.({ code: 1005, reason: '' }));
    act(() => watcher.frame({ type: 'chat.welcome', you: { id: 'g', name: 'Guest', role: 'watcher', moderator: false } }));
    expect(named.socket.state.connected).toBe(true);
    act(() => guest.frame({ type: 'chat.welcome', you: { id: 'g', name: 'Ann', role: 'guest', moderator: false } }));
    expect(guest.sent.map((t) => JSON.parse(t))).toEqual([{ type: 'chat.send', text: 'hi' }]);
    act(() => named.socket.send({ type: 'qa.vote', id: '3' }));
    expect(guest.sent).toHaveLength(2);
  });

  it('asks when the server says a name is required, and drops what waited on cancel', () => {
    act(() => render(h(Probe, { signedIn: false }), root));
    const watcher = FakeSocket.all[0];
    act(() => { watcher.open(); watcher.frame({ type: 'error', error: 'name_required', detail: 'Give a display name' }); });
    expect(named.asking).toBe(true);
    expect(named.socket.state.notice).toBeNull();
    act(() => named.socket.send({ type: 'reaction.send', emoji: '👏' }));
    act(() => named.cancel());
    expect(named.asking).toBe(false);
    act(() => named.named('Bo'));
    act(() => { FakeSocket.all[1].open(); FakeSocket.all[1].frame({ type: 'chat.welcome', you: { id: 'g', name: 'Bo', role: 'guest', moderator: false } }); });
    expect(FakeSocket.all[1].sent).toEqual([]);
  });

  it('sends at once for signed-in people', () => {
    localStorage.setItem('marquee.guestName', 'Old');
    act(() => render(h(Probe, { signedIn: true }), root));
    const socket = FakeSocket.all[0];
    expect(socket.url).toMatch(/\/ws\/stages\/7$/);
    act(() => socket.open());
    act(() => named.socket.send({ type: 'chat.send', text: 'hello' }));
    expect(socket.sent).toHaveLength(1);
    expect(named.asking).toBe(false);
  });
});
