// One load-client process of the RTMP fan-out benchmark, forked by load.js: opens its share of the
// viewers (HTTP-FLV with flv.js, or RTMP with rtmp-player.js), follows each one's media timestamps,
// and at the end reports per-viewer facts about the measured window. Commands arrive over IPC:
// connect, run, finish; it answers progress, connected, result.
'use strict';
const { performance, monitorEventLoopDelay } = require('node:perf_hooks');
const { open } = require('./viewer');

const now = () => performance.timeOrigin + performance.now();
const GAP_MS = 1000; // a jump in video timestamps larger than this is a skip (dropped frames)
const loop = monitorEventLoopDelay({ resolution: 10 });
let cfg, viewers = [], inWindow = false;

const sink = {
  media(v, type, ts, key, seq, t) {
    if (!v.firstMediaAt) v.firstMediaAt = t;
    if (key && !v.firstKeyAt) { v.firstKeyAt = t; connectedOne(v); }
    if (seq) return;
    if (ts > v.lastTs) v.lastTs = ts;
    const off = t - ts; // arrival wall time minus media time: its minimum is the freshest delivery
    if (off < v.minOffset) v.minOffset = off;
    if (type === 9) {
      if (v.lastVideoTs >= 0 && inWindow) {
        const d = ts - v.lastVideoTs;
        if (d > GAP_MS) { v.gaps++; if (d > v.gapMax) v.gapMax = d; }
        if (d < 0) v.backwards++;
      }
      v.lastVideoTs = ts;
    }
  },
  closed(v, reason) {
    v.closedAt = now();
    v.closeReason = reason;
    if (!v.firstKeyAt) connectedOne(v);
  },
};

let pendingConnect = 0, connectDone = null;
function connectedOne(v) {
  if (v.counted) return;
  v.counted = true;
  if (--pendingConnect === 0 && connectDone) connectDone();
}

async function connectAll(ids) {
  const queue = [...ids];
  pendingConnect = ids.length;
  const all = new Promise((r) => { connectDone = r; });
  const ticker = setInterval(() => process.send({ ev: 'progress', connected: viewers.filter((v) => v.firstKeyAt && !v.closedAt).length,
    failed: viewers.filter((v) => v.closedAt).length }), 2000);
  // at most `concurrency` viewers waiting for their first keyframe at once
  await new Promise((resolve) => {
    let inFlight = 0;
    const next = () => {
      while (inFlight < cfg.concurrency && queue.length) {
        const id = queue.shift();
        inFlight++;
        const v = newViewer(id);
        viewers.push(v);
        const timer = setTimeout(() => { if (!v.firstKeyAt && !v.closedAt) { v.closeViewer(); v.sink.closed(v, 'no keyframe within 20 s'); } }, 20000);
        v.onFirst = () => { clearTimeout(timer); inFlight--; next(); };
      }
      if (!queue.length && inFlight === 0) resolve();
    };
    next();
  });
  await all;
  clearInterval(ticker);
  const failures = {};
  for (const v of viewers) if (v.closedAt) failures[v.closeReason] = (failures[v.closeReason] || 0) + 1;
  process.send({ ev: 'connected', connected: viewers.filter((v) => !v.closedAt).length, failures });
}

function newViewer(id) {
  const v = { id, startedAt: now(), firstMediaAt: 0, firstKeyAt: 0, lastTs: -1, lastVideoTs: -1, minOffset: Infinity,
    gaps: 0, gapMax: 0, backwards: 0, closedAt: 0, closeReason: null, counted: false, onFirst: null };
  const wrapped = {
    media(x, type, ts, key, seq, t) { const first = !x.firstKeyAt; sink.media(x, type, ts, key, seq, t); if (first && x.firstKeyAt && x.onFirst) x.onFirst(); },
    closed(x, reason) { const first = !x.closedAt && !x.firstKeyAt; sink.closed(x, reason); if (first && x.onFirst) x.onFirst(); },
  };
  v.sink = wrapped;
  open(v, cfg.url, wrapped);
  return v;
}

function snapshot(key) {
  const t = now();
  for (const v of viewers) v[key] = { t, ts: v.lastTs, bytes: v.bytes, open: !v.closedAt };
}

function result() {
  return viewers.map((v) => ({
    id: v.id, startTs: v.w0.ts, endTs: v.w1.ts, t0: v.w0.t, t1: v.w1.t, open0: v.w0.open, open1: v.w1.open,
    bytes: v.w1.bytes - v.w0.bytes, minOffset: Number.isFinite(v.minOffset) ? v.minOffset : null, gaps: v.gaps, gapMax: v.gapMax,
    backwards: v.backwards, closeReason: v.closeReason, ttfk: v.firstKeyAt ? v.firstKeyAt - v.startedAt : null,
  }));
}

process.on('message', async (m) => {
  if (m.cmd === 'connect') {
    cfg = m.cfg;
    loop.enable();
    await connectAll(m.ids);
  } else if (m.cmd === 'run') {
    setTimeout(() => { loop.reset(); snapshot('w0'); inWindow = true; }, Math.max(0, m.windowStart - now()));
    setTimeout(() => { inWindow = false; snapshot('w1'); }, Math.max(0, m.windowEnd - now()));
  } else if (m.cmd === 'finish') {
    process.send({ ev: 'result', viewers: result(), loopDelayMaxMs: loop.max / 1e6 }, () => {
      for (const v of viewers) v.closeViewer();
      process.exit(0);
    });
  }
});
