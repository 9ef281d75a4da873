// Interaction benchmark load client (coordinator, issue 17). Forks worker.js processes that hold C
// connections to one stage, then, in order:
//   1. chat alone: S senders post chatRate messages a second in total (chatAlone s);
//   2. reactions: `rate` reaction.send a second spread over all C clients (each client one every C/rate s),
//      warm-up then `measure` s, chat going on; `grace` s for the last bursts;
//   3. a poll: opened through the REST API as the organizer, every client votes once at a random moment
//      of `voteWindow` s, then closed; each client's poll.close is timed from the close request.
// Prints one JSON result on stdout (definitions in README.md); progress goes to stderr.
//   node load.js --url ws://HOST:PORT/ws/stages/ID --api http://HOST:PORT/api/v1 --jar COOKIES --poll ID
//     [--clients 5000] [--rate 2000] [--measure 30] [--warmup 5] [--grace 3] [--senders 5] [--chat-rate 5]
//     [--chat-alone 15] [--vote-window 10] [--workers 2] [--sample-every 20] [--server-pid PID]
//     [--emoji 👏,❤️,...] [--poll-options 4]
'use strict';
const { fork } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const { cpuMs, machineBusyMs, rssMiB } = require('../lib/proc.js');
const { performance } = require('node:perf_hooks');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };
const cfg = {
  url: opt('url'), api: opt('api'), jar: opt('jar'), pollId: Number(opt('poll')),
  clients: Number(opt('clients', 5000)), rate: Number(opt('rate', 2000)), measure: Number(opt('measure', 30)),
  warmup: Number(opt('warmup', 5)), grace: Number(opt('grace', 3)), senders: Number(opt('senders', 5)),
  chatRate: Number(opt('chat-rate', 5)), chatAlone: Number(opt('chat-alone', 15)),
  voteWindow: Number(opt('vote-window', 10)), workers: Number(opt('workers', 2)),
  sampleEvery: Number(opt('sample-every', 20)), concurrency: Number(opt('concurrency', 50)),
  emoji: String(opt('emoji', '👏,❤️,😂,🎉,😮,👍')).split(','), pollOptions: Number(opt('poll-options', 4)),
  runId: Math.random().toString(36).slice(2, 8),
};
const serverPid = Number(opt('server-pid', 0)) || null;
if (!cfg.url || !cfg.api || !cfg.jar || !cfg.pollId) {
  console.error('usage: node load.js --url WS_URL --api API_URL --jar COOKIE_JAR --poll POLL_ID [...]'); process.exit(2);
}
const now = () => performance.timeOrigin + performance.now();
const log = (s) => console.error(`[interaction C=${cfg.clients}] ${s}`);
const sleepUntil = (t) => new Promise((r) => setTimeout(r, Math.max(0, t - now())));

// CPU of the server, of this load client and of everything else over a window, each in % of one core.
function cpuMark() {
  return { t: now(), server: serverPid && cpuMs(serverPid), client: [process.pid, ...workers.map((w) => w.pid)].map(cpuMs),
    machine: machineBusyMs() };
}
function cpuOver(a, b) {
  const ms = b.t - a.t;
  const server = a.server != null && b.server != null ? b.server - a.server : null;
  const client = b.client.reduce((s, v, i) => s + v - a.client[i], 0);
  const pct = (v) => (v == null ? null : +(100 * v / ms).toFixed(1));
  return { windowMs: Math.round(ms), serverCpuPct: pct(server), clientCpuPct: pct(client),
    otherCpuPct: pct(b.machine - a.machine - client - (server || 0)), serverRssMiB: serverPid && rssMiB(serverPid) };
}
function fail(error, extra = {}) {
  console.log(JSON.stringify({ ...cfg, error, ...extra }));
  for (const w of workers) w.kill();
  process.exit(1);
}

// The organizer's REST calls, with the session and CSRF cookies of the curl cookie jar the script made.
function cookies() {
  const jar = {};
  for (const line of fs.readFileSync(cfg.jar, 'utf8').split('\n')) {
    const f = line.replace(/^#HttpOnly_/, '').split('\t');
    if (f.length >= 7 && !line.startsWith('# ')) jar[f[5]] = f[6];
  }
  return jar;
}
// node:http rather than fetch: fetch gives up connecting after 10 s, and a loaded server may take longer.
function post(p) {
  const jar = cookies();
  return new Promise((resolve, reject) => {
    const req = http.request(`${cfg.api}${p}`, { method: 'POST', timeout: 120000, headers: { 'Content-Type': 'application/json',
      'X-CSRF-Token': jar['XSRF-TOKEN'] || '', Cookie: Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ') } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => (res.statusCode >= 200 && res.statusCode < 300 ? resolve(JSON.parse(body))
        : reject(new Error(`POST ${p} answered ${res.statusCode}: ${body.slice(0, 200)}`))));
    });
    req.on('timeout', () => req.destroy(new Error(`POST ${p}: no answer in 120 s`)));
    req.on('error', reject);
    req.end('{}');
  });
}
// Asks every worker for its status until done(sums) or `limitMs` passed; returns the last sums and the time waited.
async function waitFor(done, limitMs) {
  const t0 = now();
  for (;;) {
    const st = await expectAfter('status', () => workers.forEach((w) => w.send({ cmd: 'status' })));
    const sums = { lastBurst: Math.max(...st.map((m) => m.lastBurst)), votesSent: st.reduce((a, m) => a + m.votesSent, 0),
      votesAnswered: st.reduce((a, m) => a + m.votesAnswered, 0) };
    if (done(sums) || now() - t0 > limitMs) return { ...sums, waitedMs: Math.round(now() - t0) };
    await sleepUntil(now() + 250);
  }
}
function expectAfter(ev, send) { const p = expect(ev); send(); return p; }

const workers = [];
function expect(ev) { return Promise.all(workers.map((w) => new Promise((r) => w.pending.set(ev, r)))); }

async function main() {
  if (serverPid && cpuMs(serverPid) === null) fail(`server pid ${serverPid} not found in /proc`);
  const progress = new Map();
  for (let i = 0; i < cfg.workers; i++) {
    const w = fork(path.join(__dirname, 'worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    w.pending = new Map();
    w.on('message', (m) => {
      if (m.ev === 'fatal') fail(m.error);
      if (m.ev === 'progress') progress.set(w, m);
      if (m.ev === 'result') w.sentResult = true;
      const r = w.pending.get(m.ev);
      if (r) { w.pending.delete(m.ev); r(m); }
    });
    w.on('exit', (code, signal) => {
      if ((code || signal) && !w.done) fail(`worker ${w.pid} exited with ${code ?? signal}`);
      if (w.done && !w.sentResult) log(`worker ${w.pid} exited (${code ?? signal}) before sending its result`);
    });
    workers.push(w);
  }
  log(`connecting ${cfg.clients} clients with ${cfg.workers} workers to ${cfg.url}`);
  const t0 = now();
  const ticker = setInterval(() => {
    let c = 0, f = 0; for (const m of progress.values()) { c += m.connected; f += m.failed; }
    log(`  ${c} connected, ${f} failed`);
  }, 5000);
  const connectedP = expect('connected');
  workers.forEach((w, wi) => w.send({ cmd: 'connect', cfg, worker: wi,
    ids: Array.from({ length: cfg.clients }, (_, i) => i).filter((i) => i % cfg.workers === wi) }));
  const conn = await connectedP;
  clearInterval(ticker);
  const connected = conn.reduce((a, m) => a + m.connected, 0);
  const connectSeconds = +((now() - t0) / 1000).toFixed(1);
  log(`${connected}/${cfg.clients} connected in ${connectSeconds} s`);
  if (connected < cfg.clients) fail(`only ${connected} of ${cfg.clients} clients connected`, { failures: conn.map((m) => m.failures) });
  await sleepUntil(now() + 2000); // joins finish (queue, open poll) before the clock starts

  // Phases 1 and 2.
  const startAt = now() + 1000, reactStart = startAt + cfg.chatAlone * 1000, measureStart = reactStart + cfg.warmup * 1000;
  const reactEnd = measureStart + cfg.measure * 1000;
  for (const w of workers) w.send({ cmd: 'run', startAt, reactStart, measureStart, reactEnd });
  log(`chat alone ${cfg.chatAlone} s, then ${cfg.rate} reactions/s: ${cfg.warmup} s warm-up, ${cfg.measure} s measured`);
  await sleepUntil(startAt + 2000);
  const chatAloneA = cpuMark();
  await sleepUntil(reactStart);
  const chatAloneCpu = cpuOver(chatAloneA, cpuMark());
  await sleepUntil(measureStart);
  const reactA = cpuMark();
  await sleepUntil(reactEnd);
  const reactCpu = cpuOver(reactA, cpuMark());
  await sleepUntil(reactEnd + cfg.grace * 1000);
  // Bursts still coming (the server behind): wait until none came for 1.5 s, 60 s at most.
  const drained = await waitFor((s) => now() - s.lastBurst > 1500, 60000);
  log(`last burst ${Math.round(drained.lastBurst - reactEnd)} ms after the last reaction was sent`);

  // Phase 3: the poll.
  log(`opening poll ${cfg.pollId}; ${cfg.clients} votes within ${cfg.voteWindow} s`);
  const openAt = now();
  await post(`/polls/${cfg.pollId}/open`);
  const openAnswered = now();
  const voteStart = now() + 500;
  const votingP = expect('voting');
  for (const w of workers) w.send({ cmd: 'vote', voteStart, window: cfg.voteWindow * 1000 });
  await votingP;
  const voteA = cpuMark();
  await sleepUntil(voteStart + cfg.voteWindow * 1000);
  const voteCpu = cpuOver(voteA, cpuMark());
  // Close once every vote sent was answered (poll.voted or an error), 60 s at most.
  const answered = await waitFor((s) => s.votesAnswered >= s.votesSent, 60000);
  log(`${answered.votesAnswered} of ${answered.votesSent} votes answered ${answered.waitedMs} ms after the voting window`);
  log('closing the poll');
  const closeAt = now();
  const closed = await post(`/polls/${cfg.pollId}/close`);
  const closeAnswered = now();
  await sleepUntil(closeAnswered + 5000);

  const resultsP = expect('result');
  for (const w of workers) { w.done = true; w.send({ cmd: 'finish', measureStart, reactEnd }); }
  const rs = await Promise.race([resultsP, new Promise((r) => setTimeout(r, 60000))]);
  if (!rs) fail('a load-client worker sent no result within 60 s');
  console.log(JSON.stringify(summarize(rs, { connected, connectSeconds, measureStart, reactEnd, chatAloneCpu, reactCpu,
    voteCpu, openAt, openAnswered, closeAt, closeAnswered, closed, drained, answered })));
}

const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] : null);
const r1 = (v) => (v == null ? null : +v.toFixed(1));
// Percentiles of a histogram [[bucketMs, n], ...] over `of` expected values (the missing ones count as infinitely late).
function histPct(buckets, of, p) {
  const rank = Math.ceil(p / 100 * of); let seen = 0;
  for (const [b, n] of buckets) { seen += n; if (seen >= rank) return b; }
  return null;
}
function mergeHists(hs) {
  const m = new Map();
  for (const h of hs) for (const [b, n] of h) m.set(b, (m.get(b) || 0) + n);
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}

function summarize(rs, x) {
  const sum = (f) => rs.reduce((a, r) => a + f(r), 0);
  // Chat.
  const chat = {};
  for (const g of ['a', 'r']) {
    const expected = sum((r) => r.chatSent[g]) * x.connected;
    const h = mergeHists(rs.map((r) => r.chatHist[g]));
    const got = sum((r) => r.chatGot[g]);
    chat[g === 'a' ? 'alone' : 'withReactions'] = { sent: sum((r) => r.chatSent[g]), expected, deliveredWithin5s: got,
      p50: histPct(h, expected, 50), p95: histPct(h, expected, 95), p99: histPct(h, expected, 99),
      max: got === expected && h.length ? h[h.length - 1][0] : null };
  }
  // Reactions: sends in time order per emoji; the k-th send of an emoji is taken to be in the burst that
  // brings that emoji's running total, as a sampled client counts it, to k or more.
  const sends = rs.flatMap((r) => r.sends).sort((a, b) => a[1] - b[1]);
  const sent = sends.length;
  const measuredSent = sends.filter(([, t]) => t >= x.measureStart).length;
  const byEmoji = new Map(cfg.emoji.map((e) => [e, []]));
  for (const [n, t] of sends) byEmoji.get(cfg.emoji[n % cfg.emoji.length]).push(t);
  const delays = new Uint32Array(60001); let delayN = 0, unmatched = 0;
  const sampled = rs.flatMap((r) => r.sampled);
  for (const s of sampled) {
    for (const [e, times] of byEmoji) {
      let k = 0, total = 0;
      for (let b = 0; b < s.t.length && k < times.length; b++) {
        total += s.counts[b][e] || 0;
        for (; k < total && k < times.length; k++) {
          if (times[k] < x.measureStart) continue;
          delays[Math.min(60000, Math.max(0, Math.floor(s.t[b] - times[k])))]++; delayN++;
        }
      }
      for (; k < times.length; k++) if (times[k] >= x.measureStart) unmatched++;
    }
  }
  // Fan-out: how much later than the first sampled client each sampled client got the same burst.
  const spread = new Uint32Array(60001); let spreadN = 0;
  const sameBursts = sampled.every((s) => s.t.length === sampled[0].t.length);
  if (sameBursts) {
    for (let b = 0; b < sampled[0].t.length; b++) {
      let first = Infinity; for (const s of sampled) first = Math.min(first, s.t[b]);
      for (const s of sampled) { spread[Math.min(60000, Math.floor(s.t[b] - first))]++; spreadN++; }
    }
  }
  const sh = []; spread.forEach((v, b) => { if (v) sh.push([b, v]); });
  const gaps = rs.reduce((a, r) => a.map((v, i) => v + r.gapHist[i]), new Array(101).fill(0));
  const gapsTotal = gaps.reduce((a, v) => a + v, 0);
  const dh = []; delays.forEach((n, b) => { if (n) dh.push([b, n]); });
  const of = delayN + unmatched;
  const burstRows = rs.flatMap((r) => r.burst); // [id, sum, frames, framesInWindow, maxAligned, maxSliding, minGap]
  const col = (i) => burstRows.map((b) => b[i]).filter((v) => v != null).sort((a, b) => a - b);
  const windowS = (x.reactEnd - x.measureStart) / 1000;
  const rate = burstRows.map((b) => b[3] / windowS).sort((a, b) => a - b);
  const sums = col(1);
  const reactions = {
    sent, measuredSent, sampledClients: sampled.length, lastBurstAfterLastSendMs: Math.round(x.drained.lastBurst - x.reactEnd),
    delay: { definition: 'send → burst that brings the emoji\'s running total to its rank, at sampled clients',
      n: of, unmatched, p50: histPct(dh, of, 50), p95: histPct(dh, of, 95), p99: histPct(dh, of, 99),
      max: unmatched ? null : dh.length ? dh[dh.length - 1][0] : null },
    framesPerSecond: { mean: { p50: r1(pct(rate, 50)), max: r1(rate[rate.length - 1]) },
      maxInAlignedSecond: { p50: pct(col(4), 50), p99: pct(col(4), 99), max: col(4).at(-1),
        clientsOver4: burstRows.filter((b) => b[4] > 4).length },
      maxInSliding1s: { p50: pct(col(5), 50), p99: pct(col(5), 99), max: col(5).at(-1),
        clientsOver4: burstRows.filter((b) => b[5] > 4).length },
      minGapMs: { min: col(6)[0], p1: pct(col(6), 1), p50: pct(col(6), 50) } },
    fanoutSpread: sameBursts ? { p50: histPct(sh, spreadN, 50), p99: histPct(sh, spreadN, 99), max: sh.at(-1)?.[0] ?? null }
      : 'sampled clients saw different numbers of bursts',
    gapsUnder250msPct: +(100 * gaps.slice(0, 25).reduce((a, v) => a + v, 0) / gapsTotal).toFixed(2),
    gapHist10ms: Object.fromEntries(gaps.map((v, i) => [i * 10, v]).filter(([, v]) => v)),
    countsReceived: { min: sums[0], max: sums.at(-1), clientsWithAll: burstRows.filter((b) => b[1] === sent).length,
      lostAtMedianClient: sent - pct(sums, 50) },
    burstsPerClient: { min: col(2)[0], max: col(2).at(-1) },
    cpu: x.reactCpu,
  };
  // Poll.
  // [id, openAt, voteSentAt, votedAt, closeAt, final, results, voteError, closedAt]
  const pc = rs.flatMap((r) => r.poll.clients);
  const unanswered = pc.filter((c) => c[2] != null && c[3] == null && c[7] == null);
  const tally = rs.reduce((a, r) => a.map((v, i) => v + (r.poll.tally[i] || 0)), new Array(cfg.pollOptions).fill(0));
  const votesSent = tally.reduce((a, v) => a + v, 0);
  const finals = {};
  for (const c of pc) if (c[5]) finals[c[5]] = (finals[c[5]] || 0) + 1;
  const expectedFinal = `${tally.join(',')}/${votesSent}`;
  const closeDelays = pc.map((c) => (c[4] == null ? Infinity : c[4] - x.closeAt)).sort((a, b) => a - b);
  const ackDelays = pc.filter((c) => c[2] != null).map((c) => (c[3] == null ? Infinity : c[3] - c[2])).sort((a, b) => a - b);
  const openDelays = pc.map((c) => (c[1] == null ? Infinity : c[1] - x.openAt)).sort((a, b) => a - b);
  const fin = (v) => (v === Infinity ? null : r1(v));
  const pollOut = {
    // votes neither answered (poll.voted) nor refused (error frame), from clients still connected when the poll closed
    unansweredStillConnected: unanswered.filter((c) => c[8] == null).length,
    unansweredDisconnected: unanswered.filter((c) => c[8] != null).length,
    votesSent, answeredAfterWindowMs: x.answered.waitedMs, answeredBeforeClose: x.answered.votesAnswered, tally, acked: pc.filter((c) => c[3] != null).length, voteErrors: Object.assign({}, ...rs.map((r) => r.poll.errors)),
    closeAnswer: x.closed && { counts: x.closed.counts, total: x.closed.total },
    expectedFinal, finals, finalCorrectAtClients: finals[expectedFinal] || 0,
    closeRequestMs: r1(x.closeAnswered - x.closeAt),
    closeToClient: { p50: fin(pct(closeDelays, 50)), p99: fin(pct(closeDelays, 99)), max: fin(closeDelays.at(-1)),
      within1s: closeDelays.filter((d) => d <= 1000).length },
    openRequestMs: r1(x.openAnswered - x.openAt),
    openToClient: { p50: fin(pct(openDelays, 50)), p99: fin(pct(openDelays, 99)), max: fin(openDelays.at(-1)) },
    voteAck: { p50: fin(pct(ackDelays, 50)), p95: fin(pct(ackDelays, 95)), p99: fin(pct(ackDelays, 99)), max: fin(ackDelays.at(-1)) },
    liveResultsFramesPerClient: { min: Math.min(...pc.map((c) => c[6])), max: Math.max(...pc.map((c) => c[6])) },
    cpu: x.voteCpu,
  };
  const merge = (k) => rs.reduce((a, r) => { for (const [n, v] of Object.entries(r[k])) a[n] = (a[n] || 0) + v; return a; }, {});
  return {
    ...cfg, emoji: cfg.emoji.join(''), connected: x.connected, connectSeconds: x.connectSeconds,
    chat, chatAloneCpu: x.chatAloneCpu, reactions, poll: pollOut,
    workerLoopDelayMaxMs: rs.map((r) => r.loopDelayMax && r1(r.loopDelayMax)), closedDuringRun: sum((r) => r.closed),
    closeReasons: merge('closeReasons'), serverErrors: merge('serverErrors'), sampleErrors: rs.flatMap((r) => r.sampleErrors).slice(0, 5),
  };
}

main().catch((e) => fail(String(e && e.stack || e)));
