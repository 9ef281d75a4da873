// HTTP-FLV viewer for the RTMP fan-out benchmark: a raw TCP socket, a minimal HTTP/1.1 response
// parser (status line, headers, chunked or identity body) and an incremental FLV tag parser that
// looks at tag headers only: the body bytes are counted and skipped, never buffered. All sockets of
// a process read into one shared buffer (net's `onread`), so a 1.5 Mbit/s stream costs no
// allocations per read.
//   openFlv(viewer, url, sink): viewer is a plain object (see worker.js); sink.media(viewer, type,
//   timestamp, isKeyframe, isSequenceHeader, now) is called once per complete audio (8) or video (9)
//   tag, sink.closed(viewer, reason) once when the connection ends or fails.
'use strict';
const net = require('node:net');
const { performance } = require('node:perf_hooks');

const now = () => performance.timeOrigin + performance.now();
const shared = Buffer.allocUnsafe(256 * 1024);

// FLV parser phases
const FILE_HEADER = 0, TAG_HEADER = 1, TAG_DATA = 2, PREV_SIZE = 3;
// HTTP phases
const HEAD = 0, CHUNK_SIZE = 1, CHUNK_DATA = 2, CHUNK_CRLF = 3, IDENTITY = 4, DONE = 5;

function openFlv(v, url, sink) {
  const u = new URL(url);
  v.http = { phase: HEAD, head: '', chunked: false, left: 0, sizeLine: '' };
  v.flv = { phase: FILE_HEADER, scratch: Buffer.alloc(16), have: 0, need: 13, type: 0, size: 0, ts: 0, left: 0 };
  v.bytes = 0;
  const sock = net.connect({
    host: u.hostname, port: Number(u.port || 80),
    onread: { buffer: shared, callback: (n, buf) => { onBytes(v, buf, n, sink); return true; } },
  });
  v.sock = sock;
  sock.setNoDelay(true);
  sock.on('connect', () => {
    sock.write(`GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUser-Agent: marquee-rtmp-bench\r\n`
      + 'Accept: */*\r\nConnection: keep-alive\r\n\r\n');
  });
  sock.on('error', (e) => end(v, sink, e.code || e.message));
  sock.on('close', () => end(v, sink, v.http.phase === HEAD ? 'closed before a response' : 'closed by server'));
  return v;
}

function end(v, sink, reason) {
  if (v.ended) return;
  v.ended = true;
  v.sock.destroy();
  sink.closed(v, reason);
}

function closeFlv(v) { v.ended = true; v.sock.destroy(); }

function onBytes(v, buf, n, sink) {
  if (v.ended) return;
  v.bytes += n;
  const h = v.http;
  let i = 0;
  const t = now();
  while (i < n) {
    switch (h.phase) {
      case HEAD: { // headers are small: collect them as text
        const stop = buf.indexOf('\r\n\r\n', i, 'latin1');
        const upto = stop < 0 || stop >= n ? n : stop + 4;
        h.head += buf.toString('latin1', i, upto);
        i = upto;
        const e = h.head.indexOf('\r\n\r\n');
        if (e < 0) { if (h.head.length > 16384) return end(v, sink, 'response head too long'); break; }
        const status = /^HTTP\/1\.[01] (\d{3})/.exec(h.head);
        if (!status || status[1] !== '200') return end(v, sink, `HTTP ${status ? status[1] : 'garbage'}`);
        h.chunked = /\r\ntransfer-encoding:[^\r]*chunked/i.test(h.head);
        h.phase = h.chunked ? CHUNK_SIZE : IDENTITY;
        h.head = '';
        break;
      }
      case CHUNK_SIZE: { // hex size [;extensions] CRLF
        const lf = buf.indexOf(10, i);
        const upto = lf < 0 || lf >= n ? n : lf + 1;
        h.sizeLine += buf.toString('latin1', i, upto);
        i = upto;
        if (!h.sizeLine.endsWith('\n')) break;
        h.left = parseInt(h.sizeLine, 16);
        h.sizeLine = '';
        if (!(h.left >= 0)) return end(v, sink, 'bad chunk size');
        if (h.left === 0) { h.phase = DONE; return end(v, sink, 'stream ended'); }
        h.phase = CHUNK_DATA;
        break;
      }
      case CHUNK_DATA: {
        const take = Math.min(h.left, n - i);
        if (!flvBytes(v, buf, i, i + take, sink, t)) return;
        i += take; h.left -= take;
        if (h.left === 0) { h.phase = CHUNK_CRLF; h.left = 2; }
        break;
      }
      case CHUNK_CRLF: {
        const take = Math.min(h.left, n - i);
        i += take; h.left -= take;
        if (h.left === 0) h.phase = CHUNK_SIZE;
        break;
      }
      case IDENTITY:
        if (!flvBytes(v, buf, i, n, sink, t)) return;
        i = n;
        break;
      default:
        return;
    }
  }
}

// Feeds buf[from, to) to the FLV parser; false when the stream is not FLV (the viewer is closed).
function flvBytes(v, buf, from, to, sink, t) {
  const f = v.flv;
  let i = from;
  while (i < to) {
    if (f.phase === TAG_DATA || f.phase === PREV_SIZE) {
      const take = Math.min(f.left, to - i);
      i += take; f.left -= take;
      if (f.left > 0) break;
      if (f.phase === TAG_DATA) { tagDone(v, f, sink, t); f.phase = PREV_SIZE; f.left = 4; } else { f.phase = TAG_HEADER; f.need = 11; f.have = 0; }
      continue;
    }
    // collecting a header into scratch
    const take = Math.min(f.need - f.have, to - i);
    buf.copy(f.scratch, f.have, i, i + take);
    f.have += take; i += take;
    if (f.have < f.need) break;
    const s = f.scratch;
    if (f.phase === FILE_HEADER) {
      if (s[0] !== 0x46 || s[1] !== 0x4c || s[2] !== 0x56) { end(v, sink, 'not FLV'); return false; }
      const skip = s.readUInt32BE(5) + 4 - 13; // a longer header than 9 bytes: skip the rest
      f.phase = skip > 0 ? PREV_SIZE : TAG_HEADER; f.left = skip; f.need = 11; f.have = 0;
      continue;
    }
    if (f.need === 11) {
      f.type = s[0] & 0x1f;
      f.size = (s[1] << 16) | (s[2] << 8) | s[3];
      f.ts = ((s[7] << 24) | (s[4] << 16) | (s[5] << 8) | s[6]) >>> 0;
      if (f.type === 9 && f.size >= 2) { f.need = 13; continue; } // peek frame type and AVC packet type
    }
    f.phase = TAG_DATA;
    f.left = f.size - (f.need - 11);
    if (f.left === 0) { tagDone(v, f, sink, t); f.phase = PREV_SIZE; f.left = 4; }
  }
  return true;
}

function tagDone(v, f, sink, t) {
  if (f.type === 9) {
    const s = f.scratch;
    const frameType = s[11] >> 4, codec = s[11] & 0x0f;
    const avc = codec === 7 && f.size >= 2;
    const seq = avc && s[12] === 0; // AVC sequence header (decoder configuration)
    sink.media(v, 9, f.ts, frameType === 1 && (avc ? s[12] === 1 : f.size >= 1), seq, t);
  } else if (f.type === 8) {
    sink.media(v, 8, f.ts, false, false, t);
  }
}

module.exports = { openFlv, closeFlv };
