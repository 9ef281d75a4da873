// One load-client process of the chat benchmark, forked by load.js: holds its share of the C
// connections (Marquee's WebSocket through `ws`, or socket.io through socket.io-client), sends on
// schedule for the senders it owns, and counts, per receiving client, each measured message of this
// run once, with its delivery latency (receive time − send time written in the text).
// Commands from load.js arrive over IPC: connect, run, finish; it answers progress, connected, result.
'use strict';
const { performance, monitorEventLoopDelay } = require('node:perf_hooks');
const WebSocket = require('ws');
const { io } = require('socket.io-client');

const now = () => performance.timeOrigin + performance.now(); // wall-clock ms, shared by all workers
const LIMIT_MS = 5000;                       // later than this counts as lost
const hist = new Uint32Array(600001);       // 0.1 ms buckets up to 60 s, late arrivals included
const st = { delivered: 0, late: 0, dup: 0, bogus: 0, negative: 0, maxLat: 0, framesInWindow: 0,
  sentWarm: 0, sentMeasure: 0, closed: 0, closeReasons: {}, serverErrors: {}, sampleErrors: [] };
let cfg, clients = [], running = false, marker, nMeasure = 0, windowFrom = Infinity, windowTo = -Infinity;
const loop = monitorEventLoopDelay({ resolution: 10 });

function note(bag, key) { bag[key] = (bag[key] || 0) + 1; }

// A frame arrived at client c (the whole frame as a Buffer for Marquee, the text for socket.io).
// Buffers are searched without decoding them: at 100,000 frames/s the client's CPU matters.
function onFrame(c, s) {
  const i = s.indexOf(marker);
  if (i < 0) {
    if (cfg.target === 'marquee' && s.indexOf('"error"') >= 0) serverError(s.toString());
    return;
  }
  if (cfg.target === 'marquee' && s.indexOf('"chat.history"') >= 0) return; // history never counts
  const t = now();
  if (t >= windowFrom && t < windowTo) st.framesInWindow++;
  const p = i + marker.length;              // text: bench:<runId>:<w|m>:<index>:<sendMs>
  if (s[p] !== 'm' && s[p] !== 109) return; // 109: 'm' in a Buffer
  const tail = typeof s === 'string' ? s.slice(p + 2, p + 40) : s.toString('latin1', p + 2, p + 40);
  const q = tail.indexOf(':');
  const g = parseInt(tail.slice(0, q), 10);
  const sent = parseFloat(tail.slice(q + 1));
  if (!(g >= 0 && g < nMeasure)) { st.bogus++; return; }
  const bit = 1 << (g & 7);
  if (c.seen[g >> 3] & bit) { st.dup++; return; }
  c.seen[g >> 3] |= bit;
  let lat = t - sent;
  if (lat < 0) { st.negative++; lat = 0; }
  hist[Math.min(Math.floor(lat * 10), hist.length - 1)]++;
  if (lat > st.maxLat) st.maxLat = lat;
  if (lat > LIMIT_MS) st.late++; else st.delivered++;
}

function serverError(s) {
  let code = 'unparsable';
  try { code = JSON.parse(s).error || code; } catch { /* keep */ }
  note(st.serverErrors, code);
  if (st.sampleErrors.length < 5) st.sampleErrors.push(s.slice(0, 300));
}

// The server closed client c. Before the run starts that means it turned us away: stop there.
function closed(c, why) {
  if (!c.open) return;
  c.open = false; st.closed++; note(st.closeReasons, why);
  if (!running) {
    const frame = st.sampleErrors.length ? ` after ${st.sampleErrors[0]}` : '';
    process.send({ ev: 'fatal', error: `the server closed a connection before the run (${why})${frame}` });
  }
}

// Opens one client; resolves when connected, rejects with a readable reason.
function open(c) {
  return new Promise((resolve, reject) => {
    if (cfg.target === 'socketio') {
      const sock = io(cfg.url, { transports: ['websocket'], forceNew: true, reconnection: false,
        timeout: 30000, query: { name: c.name } });
      c.send = (text) => sock.emit('chat', { text });
      c.close = () => sock.disconnect();
      c.isOpen = () => sock.connected;
      sock.on('chat', (m) => onFrame(c, String(m && m.text)));
      sock.once('connect', () => resolve());
      sock.once('connect_error', (e) => reject(new Error(`socket.io connect_error: ${e.message}`)));
      sock.on('disconnect', (reason) => closed(c, reason));
      return;
    }
    const ws = new WebSocket(`${cfg.url}?name=${encodeURIComponent(c.name)}`,
      { perMessageDeflate: cfg.deflate, handshakeTimeout: 30000, skipUTF8Validation: true });
    c.send = (text) => ws.send(JSON.stringify({ type: 'chat.send', text }));
    c.close = () => ws.terminate();
    c.isOpen = () => ws.readyState === WebSocket.OPEN;
    ws.on('unexpected-response', (req, res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        const detail = body.startsWith('{') ? `: ${body.slice(0, 200)}` : ''; // skip HTML error pages
        reject(Object.assign(new Error(`HTTP ${res.statusCode} on the WebSocket upgrade${detail}`), { fatal: true }));
      });
      res.on('error', () => {});
      req.on('error', () => {});
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
      const c = { id, name: id < cfg.senders ? `bench-sender-${id}` : `bench-${id}`,
        seen: new Uint8Array(Math.ceil(nMeasure / 8)), open: false };
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

// Message k (0, 1, 2, ...) goes out at startAt + k/rate from sender k mod S, while before measureEnd.
function run(r) {
  running = true;
  windowFrom = r.warmupEnd; windowTo = r.measureEnd;
  const interval = 1000 / cfg.rate;
  const firstMeasured = Math.round((r.warmupEnd - r.startAt) / interval);
  for (const c of clients) {
    if (c.id >= cfg.senders) continue;
    let k = c.id;
    const step = () => {
      const at = r.startAt + k * interval;
      if (at >= r.measureEnd) return;
      const wait = at - now();
      if (wait > 1) { setTimeout(step, wait); return; }
      const measured = k >= firstMeasured;
      if (c.isOpen()) {
        c.send(`bench:${cfg.runId}:${measured ? 'm' : 'w'}:${measured ? k - firstMeasured : k}:${now().toFixed(3)}`);
        measured ? st.sentMeasure++ : st.sentWarm++;
      }
      k += cfg.senders;
      step();
    };
    step();
  }
  setTimeout(() => loop.enable(), Math.max(0, r.warmupEnd - now()));
  setTimeout(() => loop.disable(), Math.max(0, r.measureEnd - now()));
}

process.on('message', async (m) => {
  if (m.cmd === 'connect') {
    cfg = m.cfg;
    marker = `bench:${cfg.runId}:`;
    nMeasure = Math.round(cfg.measure * cfg.rate);
    await connectAll(m.ids);
  } else if (m.cmd === 'run') {
    run(m);
  } else if (m.cmd === 'finish') {
    for (const c of clients) c.open = false;
    const sparse = [];
    hist.forEach((n, b) => { if (n) sparse.push([b, n]); });
    process.send({ ev: 'result', ...st, hist: sparse, loopDelayMax: loop.count ? loop.max / 1e6 : null });
    for (const c of clients) { try { c.close && c.close(); } catch { /* already gone */ } }
    setTimeout(() => process.exit(0), 500);
  }
});
