// RTMP fan-out benchmark load client (coordinator). Forks worker.js processes that hold N viewers of
// one live stream (HTTP-FLV or RTMP play, by the URL's scheme); after a warm-up it measures a window
// in which it also opens short-lived probe viewers one by one for the time to first keyframe, and
// prints one JSON result on stdout: viewers that kept up, server CPU per viewer-second and RSS from
// /proc, the load client's own CPU. Definitions: README.md. Progress goes to stderr.
//   node load.js --target NAME --url URL --viewers N [--warmup 10] [--measure 30] [--probes 20]
//     [--workers 2] [--concurrency 50] [--server-pid PID] [--wait-live 30]
//   node load.js --url URL --wait-live 30     only waits until a viewer gets a keyframe
// --server-pid: the server's main process, or several comma-separated (a cluster and its load
// balancer); their child processes (nginx workers) are counted too.
'use strict';
const { fork, execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { open } = require('./viewer');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };
const cfg = {
  target: opt('target', 'stream'), url: opt('url'), viewers: Number(opt('viewers', 0)), warmup: Number(opt('warmup', 10)),
  measure: Number(opt('measure', 30)), probes: Number(opt('probes', 20)), workers: Number(opt('workers', 2)),
  concurrency: Number(opt('concurrency', 50)),
};
const KEEP_UP = { advance: 0.95, lagMs: 1000 }; // see README.md
// Several servers (a cluster and its load balancer): --server-pid 12,34,56.
const serverPidList = String(opt('server-pid', '')).split(',').map(Number).filter((p) => p > 0);
const serverPid = serverPidList[0] || null;
const waitLive = Number(opt('wait-live', 0));
const now = () => performance.timeOrigin + performance.now();
const sleepUntil = (t) => new Promise((r) => setTimeout(r, Math.max(0, t - now())));
const log = (s) => console.error(`[${cfg.target} N=${cfg.viewers}] ${s}`);
const TICK = Number(execSync('getconf CLK_TCK')) || 100;
if (!cfg.url) { console.error('usage: node load.js --target NAME --url URL --viewers N [...]'); process.exit(2); }

function stat(pid) {
  try { return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); } catch { return null; }
}
function cpuMs(pid) { const f = stat(pid); return f ? (Number(f[11]) + Number(f[12])) * 1000 / TICK : null; }
function children(pid) {
  const out = [];
  for (const d of fs.readdirSync('/proc')) if (/^\d+$/.test(d)) { const f = stat(d); if (f && Number(f[1]) === pid) out.push(Number(d)); }
  return out;
}
function rssMiB(pid) {
  try { return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024; } catch { return 0; }
}
function machineBusyMs() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) * 1000 / TICK;
}
const sum = (xs) => xs.reduce((a, x) => a + (x || 0), 0);
function pct(sorted, p) { return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] : null; }
const round = (x, d = 1) => (x == null || !Number.isFinite(x) ? null : +x.toFixed(d));

// One short-lived viewer: ms from its TCP connect to its first complete video keyframe, or null.
function probe(timeoutMs = 10000) {
  return new Promise((resolve) => {
    const v = { startedAt: now() };
    let done = false;
    const finish = (ms, why) => { if (done) return; done = true; clearTimeout(timer); v.closeViewer(); resolve({ ms, why }); };
    const timer = setTimeout(() => finish(null, `no keyframe within ${timeoutMs} ms`), timeoutMs);
    open(v, cfg.url, {
      media(x, type, ts, key, seq, t) { if (key) finish(t - x.startedAt); },
      closed(x, reason) { finish(null, reason); },
    });
  });
}

async function waitForLive(seconds) {
  const until = now() + seconds * 1000;
  let last;
  while (now() < until) {
    last = await probe(3000);
    if (last.ms != null) return true;
    await sleepUntil(now() + 500);
  }
  console.error(`no keyframe from ${cfg.url} within ${seconds} s (${last && last.why})`);
  return false;
}

const workers = [];
function fail(error, extra = {}) {
  console.log(JSON.stringify({ ...cfg, error, ...extra }));
  for (const w of workers) w.kill();
  process.exit(1);
}
function expect(ev) { return Promise.all(workers.map((w) => new Promise((r) => w.pending.set(ev, r)))); }

async function main() {
  if (waitLive && !(await waitForLive(waitLive))) { if (!cfg.viewers) process.exit(1); fail('the stream did not go live'); }
  if (!cfg.viewers) process.exit(0);
  if (serverPid && cpuMs(serverPid) === null) fail(`server pid ${serverPid} not found in /proc`);
  const progress = new Map();
  for (let i = 0; i < cfg.workers; i++) {
    const w = fork(path.join(__dirname, 'worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    w.pending = new Map();
    w.on('message', (m) => {
      if (m.ev === 'progress') progress.set(w, m);
      const r = w.pending.get(m.ev);
      if (r) { w.pending.delete(m.ev); r(m); }
    });
    w.on('exit', (code) => { if (code && !w.done) fail(`worker ${w.pid} exited with ${code}`); });
    workers.push(w);
  }
  log(`connecting ${cfg.viewers} viewers with ${cfg.workers} workers to ${cfg.url.replace(/token=[^&]+/, 'token=…').replace(/\/media\/rtmp\/(\d+)\/[^/]+\//, '/media/rtmp/$1/TOKEN/')}`);
  const t0 = now();
  const ticker = setInterval(() => {
    let c = 0, f = 0; for (const m of progress.values()) { c += m.connected; f += m.failed; }
    log(`  ${c} playing, ${f} failed`);
  }, 5000);
  const connP = expect('connected');
  workers.forEach((w, wi) => w.send({ cmd: 'connect', cfg,
    ids: Array.from({ length: cfg.viewers }, (_, i) => i).filter((i) => i % cfg.workers === wi) }));
  const conn = await connP;
  clearInterval(ticker);
  const connected = sum(conn.map((m) => m.connected));
  const failures = {};
  for (const m of conn) for (const [why, n] of Object.entries(m.failures)) failures[why] = (failures[why] || 0) + n;
  const connectSeconds = (now() - t0) / 1000;
  log(`${connected}/${cfg.viewers} playing (first keyframe received) in ${connectSeconds.toFixed(1)} s`);
  if (!connected) fail('no viewer got a keyframe', { failures });

  const windowStart = now() + cfg.warmup * 1000, windowEnd = windowStart + cfg.measure * 1000;
  for (const w of workers) w.send({ cmd: 'run', windowStart, windowEnd });
  log(`warm-up ${cfg.warmup} s, then measuring ${cfg.measure} s with ${cfg.probes} probe viewers`);
  await sleepUntil(windowStart);
  const spids = serverPidList.flatMap((p) => [p, ...children(p)]);
  const cpids = () => [process.pid, ...workers.map((w) => w.pid)];
  const before = { server: sum(spids.map(cpuMs)), client: sum(cpids().map(cpuMs)), machine: machineBusyMs(), t: now() };
  let rssMax = 0;
  const sampleRss = () => { rssMax = Math.max(rssMax, sum(spids.map(rssMiB))); };
  sampleRss();
  const rssTimer = setInterval(sampleRss, 500);
  let after;
  const windowOver = new Promise((r) => setTimeout(() => {
    clearInterval(rssTimer); sampleRss();
    after = { server: sum(spids.map(cpuMs)), client: sum(cpids().map(cpuMs)), machine: machineBusyMs(), t: now() };
    r();
  }, windowEnd - now()));
  const probes = [];
  const spacing = cfg.probes ? (cfg.measure * 1000 - 1000) / cfg.probes : 0;
  for (let i = 0; i < cfg.probes; i++) { // one at a time; one still running at the end may finish after it
    await sleepUntil(windowStart + 500 + i * spacing);
    if (now() > windowEnd - 500) break;
    probes.push(await probe());
  }
  await windowOver;
  await sleepUntil(windowEnd + 300); // the workers' own end-of-window snapshot
  const resultsP = expect('result');
  for (const w of workers) { w.done = true; w.send({ cmd: 'finish' }); }
  const rs = await Promise.race([resultsP, new Promise((r) => setTimeout(r, 30000))]);
  if (!rs) fail('a load-client worker sent no result within 30 s');
  console.log(JSON.stringify(summarize(rs, { connected, connectSeconds, failures, before, after, rssMax, probes, spids })));
}

function summarize(rs, x) {
  const vs = rs.flatMap((r) => r.viewers);
  const windowMs = x.after.t - x.before.t;
  const offsets = vs.map((v) => v.minOffset).filter((o) => o != null);
  const freshest = offsets.length ? Math.min(...offsets) : 0; // best delivery seen by any viewer in the run
  const whole = vs.filter((v) => v.open0 && v.open1);
  for (const v of whole) {
    v.advance = (v.endTs - v.startTs) / (v.t1 - v.t0);
    v.lagEnd = v.t1 - v.endTs - freshest;
    v.keptUp = v.advance >= KEEP_UP.advance && v.lagEnd <= KEEP_UP.lagMs && v.gaps === 0;
  }
  const kept = whole.filter((v) => v.keptUp).length;
  const lags = whole.map((v) => v.lagEnd).sort((a, b) => a - b);
  const adv = whole.map((v) => v.advance).sort((a, b) => a - b);
  const mbps = whole.map((v) => v.bytes * 8 / 1000 / (v.t1 - v.t0)).sort((a, b) => a - b);
  const closeReasons = {};
  for (const v of vs) if (v.closeReason && v.open0) closeReasons[v.closeReason] = (closeReasons[v.closeReason] || 0) + 1;
  const ttfk = x.probes.filter((p) => p.ms != null).map((p) => p.ms).sort((a, b) => a - b);
  const serverCpuMs = x.spids.length ? x.after.server - x.before.server : null;
  const clientCpuMs = x.after.client - x.before.client;
  const viewerSeconds = whole.length * windowMs / 1000;
  const probeFailures = {};
  for (const p of x.probes) if (p.ms == null) probeFailures[p.why] = (probeFailures[p.why] || 0) + 1;
  return {
    ...cfg, url: cfg.url.replace(/token=[^&]+/, 'token=…').replace(/\/media\/rtmp\/(\d+)\/[^/]+\//, '/media/rtmp/$1/TOKEN/'),
    keepUpRule: KEEP_UP, connected: x.connected, connectSeconds: round(x.connectSeconds), connectFailures: x.failures,
    windowMs: Math.round(windowMs), connectedWholeWindow: whole.length, keptUp: kept,
    keptUpPct: round(100 * kept / cfg.viewers), droppedDuringWindow: vs.filter((v) => v.open0 && !v.open1).length, closeReasons,
    slowAdvance: whole.filter((v) => v.advance < KEEP_UP.advance).length, lagging: whole.filter((v) => v.lagEnd > KEEP_UP.lagMs).length,
    withGaps: whole.filter((v) => v.gaps > 0).length, gapMaxMs: Math.max(0, ...whole.map((v) => v.gapMax)),
    backwardsTimestamps: sum(whole.map((v) => v.backwards)),
    lagEndP50: round(pct(lags, 50), 0), lagEndP99: round(pct(lags, 99), 0), lagEndMax: round(lags[lags.length - 1], 0),
    advanceMin: round(adv[0], 3), advanceP50: round(pct(adv, 50), 3),
    mbpsPerViewerP50: round(pct(mbps, 50), 2), mbpsPerViewerMin: round(mbps[0], 2),
    serverPids: x.spids, serverCpuMs: round(serverCpuMs, 0), serverCpuPct: serverCpuMs == null ? null : round(100 * serverCpuMs / windowMs),
    serverCpuMsPerViewerSecond: serverCpuMs == null || !viewerSeconds ? null : round(serverCpuMs / viewerSeconds, 4),
    serverRssMaxMiB: x.spids.length ? Math.round(x.rssMax) : null,
    ttfkProbes: x.probes.length, ttfkOk: ttfk.length, ttfkP50: round(pct(ttfk, 50), 1), ttfkMax: round(ttfk[ttfk.length - 1], 1),
    ttfkAll: ttfk.map((m) => round(m, 1)), probeFailures,
    clientCpuMs: round(clientCpuMs, 0), clientCpuPct: round(100 * clientCpuMs / windowMs),
    otherCpuPct: round(100 * (x.after.machine - x.before.machine - clientCpuMs - (serverCpuMs || 0)) / windowMs),
    workerLoopDelayMaxMs: rs.map((r) => round(r.loopDelayMaxMs, 0)),
  };
}

main().catch((e) => fail(String(e && e.stack || e)));
