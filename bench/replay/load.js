// Replay load client: N viewers of VOD replays, spread evenly over the playlists given (one per session),
// each doing on the wire what a player does at real-time pace, in one Node process (so it can be pinned
// to one core). A viewer starts at a random moment of the first RAMP seconds:
//   1. GET the playlist (kept; its EXTINF durations, EXT-X-MAP and segment addresses are read),
//   2. GET the init segment of its start, then the segment at a random position of the replay (its
//      start offset); playback starts when that segment has arrived,
//   3. GET each next segment when the one before it starts playing (a one-segment buffer: each
//      request has one segment duration to arrive), and the new init segment first where EXT-X-MAP
//      changes. A segment that arrives after the moment it was needed is late: the viewer stalls
//      (its playback waits for it), and its later deadlines move by the stall.
//   4. At the end of the replay it starts again from step 1 at position 0 (a viewer who watches it
//      again, or the next one), until the end of the window.
// Measured are the requests made in the window [start + WARMUP, + MEASURE]: per-segment fetch latency
// (request written to last byte), playlist and init latency, start-up (playlist + init + first segment), late segments and viewers that fell
// behind (at least one late segment in the window), errors; the server's CPU and RSS from /proc, the
// load client's own CPU and the event loop's largest delay. Prints one JSON result on stdout; progress
// goes to stderr.
//   node load.js --urls FILE --viewers N [--warmup 10] [--measure 60] [--ramp 5] [--server-pid PID]
'use strict';
const fs = require('node:fs');
const { execSync } = require('node:child_process');
const { performance, monitorEventLoopDelay } = require('node:perf_hooks');
const { HttpGet } = require('./http-get');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };
const cfg = {
  urls: fs.readFileSync(opt('urls'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean),
  viewers: Number(opt('viewers', 500)), warmup: Number(opt('warmup', 10)), measure: Number(opt('measure', 60)),
  ramp: Number(opt('ramp', 5)), serverPid: Number(opt('server-pid', 0)) || null,
};
const now = () => performance.timeOrigin + performance.now();
const sleepUntil = (t) => new Promise((r) => setTimeout(r, Math.max(0, t - now())));
const log = (s) => console.error(`[replay N=${cfg.viewers}] ${s}`);
const TICK = Number(execSync('getconf CLK_TCK')) || 100;

function stat(pid) {
  try { return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); } catch { return null; }
}
function cpuMs(pid) { const f = stat(pid); return f ? (Number(f[11]) + Number(f[12])) * 1000 / TICK : null; }
function rssMiB(pid) {
  try { return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024; } catch { return 0; }
}
function machineBusyMs() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) * 1000 / TICK;
}
function pct(sorted, p) { return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] : null; }
const round = (x, d = 1) => (x == null || !Number.isFinite(x) ? null : +x.toFixed(d));

/** A VOD media playlist: its segments with their absolute address, duration (ms) and init address. */
function parsePlaylist(text, base) {
  const segments = [];
  let map = null, duration = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#EXT-X-MAP:')) map = new URL(/URI="([^"]+)"/.exec(line)[1], base).pathname;
    else if (line.startsWith('#EXTINF:')) duration = parseFloat(line.slice(8)) * 1000;
    else if (line && !line.startsWith('#')) {
      segments.push({ path: new URL(line, base).pathname, ms: duration, map });
      duration = null;
    }
  }
  if (!segments.length || !text.includes('#EXT-X-ENDLIST')) throw new Error('not a VOD playlist with segments');
  return segments;
}

const stats = { segmentMs: [], playlistMs: [], initMs: [], startMs: [], late: 0, lateMsMax: 0, stallMs: 0, segments: 0, bytes: 0,
  plays: 0, errors: {}, outside: 0 };
let windowStart = Infinity, windowEnd = Infinity;
const inWindow = (t) => t >= windowStart && t < windowEnd;

class Viewer {
  constructor(id, url) {
    this.id = id;
    this.url = url;
    const u = new URL(url);
    this.http = new HttpGet(u.hostname, Number(u.port) || 80, 'marquee-replay-bench');
    this.late = 0;
    this.errors = 0;
    this.map = null;
  }

  async fetch(path, keep, into) {
    const t0 = now();
    const r = await this.http.get(path, keep);
    const t1 = now();
    if (r.status !== 200) throw new Error(`HTTP ${r.status} for ${path.split('/').slice(-2).join('/')}`);
    if (inWindow(t0)) { into.push(t1 - t0); stats.bytes += r.bytes; }
    return { r, t1 };
  }

  async run(startAt, first) {
    await sleepUntil(startAt);
    let position = first;
    while (now() < windowEnd) {
      try {
        await this.play(position);
      } catch (e) {
        this.errors++;
        const why = String(e.message || e);
        if (inWindow(now())) stats.errors[why] = (stats.errors[why] || 0) + 1;
        await sleepUntil(now() + 1000);
      }
      position = 0;
    }
    this.http.destroy();
  }

  async play(position) {
    const began = now();
    const { r } = await this.fetch(new URL(this.url).pathname, true, stats.playlistMs);
    const segments = parsePlaylist(r.body.toString('latin1'), this.url);
    if (this.startOffset === undefined) this.startOffset = position = Math.floor(position * segments.length);
    this.map = null;
    let needed = null; // when segment k must have arrived (its playback start)
    if (inWindow(now())) stats.plays++;
    for (let k = position; k < segments.length && now() < windowEnd; k++) {
      const s = segments[k];
      if (needed !== null) await sleepUntil(needed - segments[k - 1].ms); // when segment k-1 starts playing
      const asked = now();
      if (s.map !== this.map) { await this.fetch(s.map, false, stats.initMs); this.map = s.map; }
      const { t1 } = await this.fetch(s.path, false, inWindow(asked) ? stats.segmentMs : []);
      if (needed === null) { // playback starts with the first segment
        needed = t1;
        if (inWindow(began)) stats.startMs.push(t1 - began);
      }
      else if (t1 > needed) { // a stall: playback waits for it
        if (inWindow(asked)) {
          stats.late++; this.late++; stats.stallMs += t1 - needed;
          stats.lateMsMax = Math.max(stats.lateMsMax, t1 - needed);
        }
        needed = t1;
      }
      if (inWindow(asked)) stats.segments++;
      needed += s.ms;
    }
    if (needed !== null) await sleepUntil(Math.min(needed, windowEnd)); // watches the last segment
  }
}

async function main() {
  if (!cfg.urls.length || !cfg.viewers) { console.error('usage: node load.js --urls FILE --viewers N [...]'); process.exit(2); }
  if (cfg.serverPid && cpuMs(cfg.serverPid) === null) throw new Error(`server pid ${cfg.serverPid} not found`);
  const t0 = now() + 200;
  windowStart = t0 + cfg.warmup * 1000;
  windowEnd = windowStart + cfg.measure * 1000;
  const viewers = Array.from({ length: cfg.viewers }, (_, i) => new Viewer(i, cfg.urls[i % cfg.urls.length]));
  log(`${cfg.viewers} viewers over ${cfg.urls.length} replays, starting over ${cfg.ramp} s; warm-up ${cfg.warmup} s, then ${cfg.measure} s measured`);
  const runs = viewers.map((v) => v.run(t0 + Math.random() * cfg.ramp * 1000, Math.random()));
  const loop = monitorEventLoopDelay({ resolution: 10 });
  await sleepUntil(windowStart);
  loop.enable();
  const before = { server: cfg.serverPid ? cpuMs(cfg.serverPid) : null, client: cpuMs(process.pid), machine: machineBusyMs(), t: now() };
  let rssMax = 0;
  const sampleRss = () => { if (cfg.serverPid) rssMax = Math.max(rssMax, rssMiB(cfg.serverPid)); };
  sampleRss();
  const rssTimer = setInterval(sampleRss, 500);
  const ticker = setInterval(() => log(`  ${stats.segments} segments, ${stats.late} late, ${Object.values(stats.errors).reduce((a, b) => a + b, 0)} errors`), 10000);
  await sleepUntil(windowEnd);
  const after = { server: cfg.serverPid ? cpuMs(cfg.serverPid) : null, client: cpuMs(process.pid), machine: machineBusyMs(), t: now() };
  clearInterval(rssTimer); clearInterval(ticker); sampleRss(); loop.disable();
  await Promise.race([Promise.all(runs), sleepUntil(now() + 25000)]); // requests under way finish (or time out)
  const windowMs = after.t - before.t;
  const seg = stats.segmentMs.sort((a, b) => a - b);
  const pl = stats.playlistMs.sort((a, b) => a - b);
  const init = stats.initMs.sort((a, b) => a - b);
  const start = stats.startMs.sort((a, b) => a - b);
  const serverCpuMs = cfg.serverPid ? after.server - before.server : null;
  const clientCpuMs = after.client - before.client;
  const result = {
    viewers: cfg.viewers, replays: cfg.urls.length, warmup: cfg.warmup, measure: cfg.measure, ramp: cfg.ramp, windowMs: Math.round(windowMs),
    segments: stats.segments, segmentsPerSecond: round(stats.segments * 1000 / windowMs), mbps: round(stats.bytes * 8 / 1000 / windowMs, 1),
    segmentP50: round(pct(seg, 50)), segmentP99: round(pct(seg, 99)), segmentMax: round(seg[seg.length - 1]),
    playlists: pl.length, playlistP50: round(pct(pl, 50)), playlistP99: round(pct(pl, 99)), playlistMax: round(pl[pl.length - 1]),
    inits: init.length, initP50: round(pct(init, 50)), initP99: round(pct(init, 99)),
    startP50: round(pct(start, 50)), startP99: round(pct(start, 99)), startMax: round(start[start.length - 1]),
    plays: stats.plays, lateSegments: stats.late, lateMsMax: round(stats.lateMsMax), stallMs: round(stats.stallMs, 0),
    viewersFellBehind: viewers.filter((v) => v.late > 0).length, viewersWithErrors: viewers.filter((v) => v.errors > 0).length,
    errors: stats.errors, reconnects: viewers.reduce((a, v) => a + v.http.reconnects, 0),
    serverCpuMs: round(serverCpuMs, 0), serverCpuPct: serverCpuMs == null ? null : round(100 * serverCpuMs / windowMs),
    serverRssMaxMiB: cfg.serverPid ? Math.round(rssMax) : null,
    clientCpuPct: round(100 * clientCpuMs / windowMs),
    otherCpuPct: round(100 * (after.machine - before.machine - clientCpuMs - (serverCpuMs || 0)) / windowMs),
    loopDelayMaxMs: round(loop.max / 1e6, 0), loopDelayP99Ms: round(loop.percentile(99) / 1e6, 0),
  };
  console.log(JSON.stringify(result));
  process.exit(0);
}

main().catch((e) => { console.log(JSON.stringify({ error: String(e && e.stack || e) })); process.exit(1); });
