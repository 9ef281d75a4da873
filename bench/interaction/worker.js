// One load-client process of the interaction benchmark, forked by load.js: holds its share of the C
// connections to one stage (client i lives in worker i mod W) and, on load.js's commands over IPC:
//   connect  opens its clients (`?name=bench-<i>`: each connection is its own guest, so its own person)
//   run      sends chat (S senders, tagged a = chat alone, w = warm-up, r = with reactions) and, from
//            reactStart to reactEnd, reaction n at reactStart + n/rate from client n mod C, emoji n mod set
//   vote     each client votes once on the poll at a random moment of the voting window
//   finish   answers with what it saw: chat latency histograms, every client's reaction.burst arrival
//            times and sums, the sampled clients' bursts in full, its reaction sends, poll timings.
'use strict';
const { performance, monitorEventLoopDelay } = require('node:perf_hooks');
const WebSocket = require('ws');

const now = () => performance.timeOrigin + performance.now(); // wall-clock ms, shared by all workers
const LIMIT_MS = 5000; // a chat message later than this counts as lost
const chatHist = { a: new Uint32Array(60001), r: new Uint32Array(60001) }; // 1 ms buckets up to 60 s
const chatGot = { a: 0, r: 0, late: 0 };
const st = { closed: 0, closeReasons: {}, serverErrors: {}, sampleErrors: [], chatSent: { a: 0, w: 0, r: 0 } };
let cfg, wi, clients = [], running = false, marker, lastBurst = 0;
const sends = []; // [n, sendMs] of this worker's reactions
const loop = monitorEventLoopDelay({ resolution: 10 });
const BURST = Buffer.from('"reaction.burst"');
const poll = { votes: [], tally: [], errors: {} };
const gapHist = new Array(101).fill(0); // gaps between consecutive bursts at a client, 10 ms buckets

function note(bag, key) { bag[key] = (bag[key] || 0) + 1; }

function onFrame(c, buf) {
  const t = now();
  const m = buf.indexOf(marker);
  if (m >= 0) { chat(buf, m, t); return; }
  if (buf.indexOf(BURST) >= 0) { burst(c, buf, t); return; }
  const s = buf.toString('utf8');
  let f;
  try { f = JSON.parse(s); } catch { return; }
  switch (f.type) {
    case 'poll.open': if (c.openAt == null && f.id === cfg.pollId) c.openAt = t; break;
    case 'poll.results': if (f.id === cfg.pollId) c.results++; break;
    case 'poll.voted': if (f.id === cfg.pollId && c.votedAt == null) c.votedAt = t; break;
    case 'poll.close':
      if (f.id === cfg.pollId && c.closeAt == null) { c.closeAt = t; c.final = `${f.counts.join(',')}/${f.total}`; }
      break;
    case 'error':
      note(st.serverErrors, f.error || 'unknown');
      if (c.voteSentAt != null && c.votedAt == null && !c.voteError) { c.voteError = f.error || 'unknown'; note(poll.errors, c.voteError); }
      if (st.sampleErrors.length < 5) st.sampleErrors.push(s.slice(0, 300));
      break;
    default:
  }
}

// A chat.message of this run: text ibench:<runId>:<tag>:<k>:<sendMs>. History on join never counts.
function chat(buf, m, t) {
  if (buf.indexOf('"chat.history"') >= 0) return;
  const p = m + marker.length;
  const tag = String.fromCharCode(buf[p]);
  if (tag !== 'a' && tag !== 'r') return;
  const tail = buf.toString('latin1', p + 2, p + 40);
  const sent = parseFloat(tail.slice(tail.indexOf(':') + 1));
  const lat = Math.max(0, t - sent);
  if (lat > LIMIT_MS) { chatGot.late++; return; }
  chatHist[tag][Math.min(Math.floor(lat), 60000)]++;
  chatGot[tag]++;
}

// A reaction.burst: every client keeps its arrival time and the sum of its counts; sampled clients
// keep the counts themselves, for load.js to match sends to bursts.
function burst(c, buf, t) {
  let f;
  try { f = JSON.parse(buf.toString('utf8')); } catch { return; }
  let sum = 0;
  for (const v of Object.values(f.counts || {})) sum += v;
  c.bursts.push(t);
  lastBurst = t;
  c.burstSum += sum;
  if (c.sampled) c.burstCounts.push(f.counts);
}

function closed(c, why) {
  if (!c.open) return;
  c.open = false; c.closedAt = now(); st.closed++; note(st.closeReasons, why);
  if (!running) process.send({ ev: 'fatal', error: `the server closed a connection before the run (${why})` });
}

function open(c) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${cfg.url}?name=${encodeURIComponent(`bench-${c.id}`)}`,
      { perMessageDeflate: false, handshakeTimeout: 30000, skipUTF8Validation: true });
    c.ws = ws;
    ws.on('unexpected-response', (req, res) => {
      res.resume();
      reject(Object.assign(new Error(`HTTP ${res.statusCode} on the WebSocket upgrade`), { fatal: true }));
    });
    ws.on('error', (e) => reject(new Error(`WebSocket error: ${e.message}`)));
    ws.on('open', () => resolve());
    ws.on('message', (data, binary) => { if (!binary) onFrame(c, data); });
    ws.on('close', (code, reason) => closed(c, `${code} ${reason}`.trim()));
  });
}

async function connectAll(ids) {
  let next = 0, connected = 0, failed = 0;
  const failures = {};
  const tick = setInterval(() => process.send({ ev: 'progress', connected, failed }), 1000);
  async function lane() {
    while (next < ids.length) {
      const id = ids[next++];
      const c = { id, open: false, sampled: id % cfg.sampleEvery === 0, bursts: [], burstSum: 0, burstCounts: [],
        results: 0 };
      clients.push(c);
      try {
        await open(c);
        c.open = true; connected++;
      } catch (e) {
        failed++; note(failures, e.message);
        if (e.fatal) { process.send({ ev: 'fatal', error: e.message }); return; }
      }
    }
  }
  await Promise.all(Array.from({ length: cfg.concurrency }, lane));
  clearInterval(tick);
  process.send({ ev: 'connected', connected, failed, failures });
}

const send = (c, frame) => { if (c.open && c.ws.readyState === WebSocket.OPEN) { c.ws.send(frame); return true; } return false; };

// One clock for the worker's chat and reactions: every 2 ms it sends whatever is due.
function run(r) {
  running = true;
  const byId = new Map(clients.map((c) => [c.id, c]));
  const chatEvery = 1000 / cfg.chatRate, reactEvery = 1000 / cfg.rate;
  let k = 0, n = 0;
  const tag = (t) => (t < r.reactStart ? 'a' : t < r.measureStart ? 'w' : 'r');
  const tick = () => {
    const t = now();
    for (; cfg.senders > 0 && r.startAt + k * chatEvery <= t && r.startAt + k * chatEvery < r.reactEnd; k++) {
      const c = byId.get(k % cfg.senders);
      if (!c) continue;
      const g = tag(r.startAt + k * chatEvery);
      if (send(c, JSON.stringify({ type: 'chat.send', text: `${marker}${g}:${k}:${now().toFixed(3)}` }))) st.chatSent[g]++;
    }
    for (; r.reactStart + n * reactEvery <= t && r.reactStart + n * reactEvery < r.reactEnd; n++) {
      const c = byId.get(n % cfg.clients);
      if (!c) continue;
      const at = now();
      if (send(c, JSON.stringify({ type: 'reaction.send', emoji: cfg.emoji[n % cfg.emoji.length] }))) sends.push([n, at]);
    }
    if (r.startAt + k * chatEvery < r.reactEnd || r.reactStart + n * reactEvery < r.reactEnd) setTimeout(tick, 2);
  };
  setTimeout(tick, Math.max(0, r.startAt - now()));
  setTimeout(() => loop.enable(), Math.max(0, r.measureStart - now()));
  setTimeout(() => loop.disable(), Math.max(0, r.reactEnd - now()));
}

// Client i chooses option choice(i) (unequal shares, so a mix-up of options shows) at a random moment.
function vote(v) {
  poll.tally = new Array(cfg.pollOptions).fill(0);
  for (const c of clients) {
    const at = v.voteStart + Math.random() * v.window;
    setTimeout(() => {
      const option = choice(c.id, cfg.pollOptions);
      c.voteSentAt = now();
      if (send(c, JSON.stringify({ type: 'poll.vote', id: cfg.pollId, options: [option] }))) poll.tally[option]++;
      else c.voteSentAt = null;
    }, Math.max(0, at - now()));
  }
}
function choice(id, options) { // 40 % / 30 % / 20 % / 10 % for four options
  const d = id % 10;
  return Math.min(options - 1, d < 4 ? 0 : d < 7 ? 1 : d < 9 ? 2 : 3);
}

// Per-client burst statistics over [from, to): frames, the most in one aligned second (counted from
// `from`), the most in any 1,000 ms (sliding), and the shortest gap between two bursts.
function burstStats(times, from, to) {
  const ts = times.filter((t) => t >= from && t < to);
  const perSecond = new Map();
  let sliding = 0, minGap = Infinity;
  for (let i = 0, j = 0; i < ts.length; i++) {
    const s = Math.floor((ts[i] - from) / 1000);
    perSecond.set(s, (perSecond.get(s) || 0) + 1);
    while (ts[i] - ts[j] >= 1000) j++;
    sliding = Math.max(sliding, i - j + 1);
    if (i > 0) {
      minGap = Math.min(minGap, ts[i] - ts[i - 1]);
      gapHist[Math.min(100, Math.floor((ts[i] - ts[i - 1]) / 10))]++;
    }
  }
  return [ts.length, Math.max(0, ...perSecond.values()), sliding, minGap === Infinity ? null : +minGap.toFixed(1)];
}

process.on('message', async (m) => {
  if (m.cmd === 'connect') {
    cfg = m.cfg; wi = m.worker;
    marker = `ibench:${cfg.runId}:`;
    await connectAll(m.ids);
  } else if (m.cmd === 'run') {
    run(m);
    process.send({ ev: 'running' });
  } else if (m.cmd === 'vote') {
    vote(m);
    process.send({ ev: 'voting' });
  } else if (m.cmd === 'status') { // what load.js waits on: the last burst, and the votes answered
    const voted = clients.filter((c) => c.voteSentAt != null);
    process.send({ ev: 'status', lastBurst, votesSent: voted.length,
      votesAnswered: voted.filter((c) => c.votedAt != null || c.voteError).length });
  } else if (m.cmd === 'finish') {
    for (const c of clients) c.open = false;
    const sparse = (h) => { const out = []; h.forEach((v, b) => { if (v) out.push([b, v]); }); return out; };
    process.send({
      ev: 'result', worker: wi, ...st, loopDelayMax: loop.count ? loop.max / 1e6 : null,
      chatGot, chatHist: { a: sparse(chatHist.a), r: sparse(chatHist.r) },
      sends,
      burst: clients.map((c) => [c.id, c.burstSum, c.bursts.length, ...burstStats(c.bursts, m.measureStart, m.reactEnd)]),
      gapHist,
      sampled: clients.filter((c) => c.sampled).map((c) => ({ id: c.id, t: c.bursts, counts: c.burstCounts })),
      poll: { tally: poll.tally, errors: poll.errors,
        clients: clients.map((c) => [c.id, c.openAt ?? null, c.voteSentAt ?? null, c.votedAt ?? null, c.closeAt ?? null,
          c.final ?? null, c.results, c.voteError ?? null, c.closedAt ?? null]) },
    }, () => process.exit(0)); // exit once the (large) result has gone down the pipe, not at a guess
    for (const c of clients) { try { c.ws.terminate(); } catch { /* already gone */ } }
  }
});
