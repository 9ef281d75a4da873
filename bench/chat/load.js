// Chat benchmark load client (coordinator). Forks worker.js processes that hold C connections to one
// stage, S of which send `rate` messages per second in total (each sender at most 1/s by default);
// after a warm-up it measures a window, waits `grace` s for stragglers, and prints one JSON result
// on stdout: delivered/expected, latency percentiles (lost messages count as infinitely late), server
// CPU and RSS from /proc/<serverPid>, and the load client's own CPU. Progress goes to stderr.
//   node load.js --target marquee|socketio --url URL --clients C [--senders 20] [--rate 20]
//     [--warmup 10] [--measure 30] [--grace 5] [--workers 2] [--server-pid PID] [--deflate]
// URL: ws://HOST:PORT/ws/stages/ID for Marquee, http://HOST:PORT for socket.io.
'use strict';
const { fork, execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };
const cfg = {
  target: opt('target'), url: opt('url'), clients: Number(opt('clients', 1000)),
  senders: Number(opt('senders', 20)), rate: Number(opt('rate', 20)), warmup: Number(opt('warmup', 10)),
  measure: Number(opt('measure', 30)), grace: Number(opt('grace', 5)), workers: Number(opt('workers', 2)),
  concurrency: Number(opt('concurrency', 50)), deflate: args.includes('--deflate'),
  runId: Math.random().toString(36).slice(2, 8),
};
// Several servers (a cluster and its load balancer): --server-pid 12,34,56; their children count too.
const serverPids = String(opt('server-pid', '')).split(',').map(Number).filter((p) => p > 0);
const serverPid = serverPids[0] || null;
const childrenOf = (pid) => fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((d) => {
  try { return Number(fs.readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid; } catch { return false; }
});
const serverTree = () => serverPids.flatMap((p) => [p, ...childrenOf(p)]);
const serverCpuMs = () => { const ms = serverTree().map(cpuMs); return ms.some((m) => m === null) && ms.length === 1 ? null : ms.reduce((a, m) => a + (m || 0), 0); };
const serverRssMiB = () => serverTree().reduce((a, p) => a + (rssMiB(p) || 0), 0);
if (!['marquee', 'socketio'].includes(cfg.target) || !cfg.url) {
  console.error('usage: node load.js --target marquee|socketio --url URL --clients C [...]'); process.exit(2);
}
if (cfg.senders > cfg.clients) cfg.senders = cfg.clients;
const now = () => performance.timeOrigin + performance.now();
const log = (s) => console.error(`[${cfg.target} C=${cfg.clients}] ${s}`);
const sleepUntil = (t) => new Promise((r) => setTimeout(r, Math.max(0, t - now())));
const TICK = Number(execSync('getconf CLK_TCK')) || 100;

// CPU ms (user + system) of a process, from /proc/<pid>/stat; null when unreadable.
function cpuMs(pid) {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 1000 / TICK;
  } catch { return null; }
}
// Busy CPU ms of the whole machine (all cores), from /proc/stat: what else ran during the window.
function machineBusyMs() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) * 1000 / TICK; // user nice system irq softirq steal
}
function rssMiB(pid) {
  try { return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024; } catch { return null; }
}
function fail(error, extra = {}) {
  console.log(JSON.stringify({ ...cfg, error, ...extra }));
  for (const w of workers) w.kill();
  process.exit(1);
}

const workers = [];
function expect(ev) { return Promise.all(workers.map((w) => new Promise((r) => w.pending.set(ev, r)))); }

async function main() {
  if (serverPid && cpuMs(serverPid) === null) fail(`server pid ${serverPid} not found in /proc`);
  const progress = new Map();
  for (let i = 0; i < cfg.workers; i++) {
    const w = fork(path.join(__dirname, 'worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    w.pending = new Map();
    w.on('message', (m) => {
      if (m.ev === 'fatal') {
        fail(/HTTP 404/.test(m.error) && cfg.target === 'marquee'
          ? `${m.error} -- no chat endpoint at this URL: is plugin-chat in the WAR, and does the stage exist?` : m.error);
      }
      if (m.ev === 'progress') progress.set(w, m);
      const r = w.pending.get(m.ev);
      if (r) { w.pending.delete(m.ev); r(m); }
    });
    w.on('exit', (code) => { if (code && !w.done) fail(`worker ${w.pid} exited with ${code}`); });
    workers.push(w);
  }
  // Client i lives in worker i mod W, so senders (0..S-1) are spread over the workers.
  log(`connecting ${cfg.clients} clients (${cfg.senders} senders) with ${cfg.workers} workers to ${cfg.url}`);
  const t0 = now();
  const ticker = setInterval(() => {
    let c = 0, f = 0; for (const m of progress.values()) { c += m.connected; f += m.failed; }
    log(`  ${c} connected, ${f} failed`);
  }, 5000);
  const connectedP = expect('connected');
  workers.forEach((w, wi) => w.send({ cmd: 'connect', cfg,
    ids: Array.from({ length: cfg.clients }, (_, i) => i).filter((i) => i % cfg.workers === wi) }));
  const conn = await connectedP;
  clearInterval(ticker);
  const connected = conn.reduce((a, m) => a + m.connected, 0);
  const failures = {};
  for (const m of conn) for (const [why, n] of Object.entries(m.failures)) failures[why] = (failures[why] || 0) + n;
  const connectSeconds = (now() - t0) / 1000;
  log(`${connected}/${cfg.clients} connected in ${connectSeconds.toFixed(1)} s`);
  if (connected < cfg.clients) fail(`only ${connected} of ${cfg.clients} clients connected`, { failures });

  await sleepUntil(now() + 1000); // a server that turns clients away closes them now (see worker.js)
  const startAt = now() + 1000, warmupEnd = startAt + cfg.warmup * 1000, measureEnd = warmupEnd + cfg.measure * 1000;
  for (const w of workers) w.send({ cmd: 'run', startAt, warmupEnd, measureEnd });
  log(`warm-up ${cfg.warmup} s, then measuring ${cfg.measure} s`);
  await sleepUntil(warmupEnd);
  const pids = () => [process.pid, ...workers.map((w) => w.pid)];
  const before = { server: serverPid && serverCpuMs(), client: pids().map(cpuMs), machine: machineBusyMs(), t: now() };
  await sleepUntil(measureEnd);
  const after = { server: serverPid && serverCpuMs(), client: pids().map(cpuMs), machine: machineBusyMs(), t: now() };
  log(`window over; waiting ${cfg.grace} s for stragglers`);
  await sleepUntil(measureEnd + cfg.grace * 1000);
  const resultsP = expect('result');
  for (const w of workers) { w.done = true; w.send({ cmd: 'finish' }); }
  // A worker far behind (socket.io at 5,000 clients) first works through what it has received.
  const rs = await Promise.race([resultsP, new Promise((r) => setTimeout(r, 90000))]);
  if (!rs) fail('a load-client worker sent no result within 90 s');
  const rss = serverPid && serverRssMiB();
  console.log(JSON.stringify(summarize(rs, { connected, connectSeconds, failures, before, after, rss })));
}

function summarize(rs, x) {
  const sum = (k) => rs.reduce((a, r) => a + r[k], 0);
  const merge = (k) => rs.reduce((a, r) => { for (const [n, v] of Object.entries(r[k])) a[n] = (a[n] || 0) + v; return a; }, {});
  const sentMeasure = sum('sentMeasure');
  const expected = sentMeasure * x.connected;
  const delivered = sum('delivered');
  const hist = new Map();
  for (const r of rs) for (const [b, n] of r.hist) hist.set(b, (hist.get(b) || 0) + n);
  const buckets = [...hist.entries()].sort((a, b) => a[0] - b[0]);
  // p-th percentile over `of` deliveries; with lateIsLost, null when it falls on a message that
  // arrived late (> 5 s) or not at all.
  const pct = (p, of, lateIsLost) => {
    const rank = Math.ceil(p / 100 * of); let seen = 0;
    for (const [b, n] of buckets) {
      seen += n;
      if (seen >= rank) return b >= 50000 && lateIsLost ? null : +((b + 0.5) / 10).toFixed(1);
    }
    return null;
  };
  const received = delivered + sum('late');
  const windowMs = x.after.t - x.before.t;
  const serverCpuMs = x.before.server != null && x.after.server != null ? x.after.server - x.before.server : null;
  const clientCpuMs = x.after.client.reduce((a, v, i) => a + v - x.before.client[i], 0);
  const framesInWindow = sum('framesInWindow');
  return {
    ...cfg, connected: x.connected, connectSeconds: +x.connectSeconds.toFixed(1), sentWarm: sum('sentWarm'),
    sentMeasure, expected, delivered, deliveredPct: expected ? +(100 * delivered / expected).toFixed(2) : 0,
    late: sum('late'), lost: expected - delivered, duplicates: sum('dup'), bogus: sum('bogus'),
    clockSkewNegatives: sum('negative'),
    p50: pct(50, expected, true), p99: pct(99, expected, true), max: delivered === expected ? +Math.max(...rs.map((r) => r.maxLat)).toFixed(1) : null,
    // The same over the messages that arrived at all, late ones included (only 5 s of grace).
    received, receivedP50: pct(50, received, false), receivedP99: pct(99, received, false),
    receivedMax: +Math.max(...rs.map((r) => r.maxLat)).toFixed(1),
    windowMs: Math.round(windowMs), framesInWindow,
    serverCpuMs, serverCpuPct: serverCpuMs == null ? null : +(100 * serverCpuMs / windowMs).toFixed(1),
    // CPU over the window divided by the chat frames delivered during the window (steady-state cost).
    serverCpuMsPerMsg: serverCpuMs == null || !framesInWindow ? null : +(serverCpuMs / framesInWindow).toFixed(5),
    serverRssMiB: x.rss == null ? null : Math.round(x.rss),
    clientCpuMs, clientCpuPct: +(100 * clientCpuMs / windowMs).toFixed(1),
    // Everything else on the machine (other builds, tests): should be near 0 for a clean measurement.
    otherCpuPct: +(100 * (x.after.machine - x.before.machine - clientCpuMs - (serverCpuMs || 0)) / windowMs).toFixed(1),
    workerLoopDelayMaxMs: rs.map((r) => r.loopDelayMax && +r.loopDelayMax.toFixed(1)),
    closedDuringRun: sum('closed'), closeReasons: merge('closeReasons'), serverErrors: merge('serverErrors'),
    sampleErrors: rs.flatMap((r) => r.sampleErrors).slice(0, 5), connectFailures: x.failures,
  };
}

main().catch((e) => fail(String(e && e.stack || e)));
