// A bare HTTP/1.1 keep-alive client on one socket, one request at a time: what a load client needs to
// make thousands of small GETs a second cheaply. Understands Content-Length and chunked bodies, follows
// no redirects, reconnects when the server closed the connection (keep-alive limits) and gives up on a
// request after 20 s.
'use strict';
const net = require('node:net');

const CRLF2 = Buffer.from('\r\n\r\n');

class HttpConnection {
  constructor(host, port, userAgent) {
    this.host = host;
    this.port = port;
    this.userAgent = userAgent;
    this.closed = false;
    this.pending = null;
    this.buffer = null;
    this.socket = net.connect(port, host);
    this.socket.setNoDelay(true);
    this.socket.on('data', (d) => this.onData(d));
    this.socket.on('error', (e) => this.fail(e));
    this.socket.on('close', () => this.fail(new Error('connection closed')));
  }

  /** GET path: resolves { status, body } */
  get(path) {
    if (this.pending) return Promise.reject(new Error('one request at a time'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject, head: null };
      this.pending.timer = setTimeout(() => this.fail(new Error('no answer within 20 s')), 20000);
      this.socket.write(`GET ${path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\nUser-Agent: ${this.userAgent}\r\n\r\n`);
    });
  }

  destroy() {
    this.closed = true;
    this.socket.destroy();
  }

  fail(error) {
    this.closed = true;
    const p = this.pending;
    if (p) {
      this.pending = null;
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.socket.destroy();
  }

  onData(data) {
    this.buffer = this.buffer ? Buffer.concat([this.buffer, data]) : data;
    const p = this.pending;
    if (!p) return;
    if (!p.head) {
      const end = this.buffer.indexOf(CRLF2);
      if (end < 0) return;
      const lines = this.buffer.toString('latin1', 0, end).split('\r\n');
      const head = { status: Number(lines[0].split(' ')[1]), length: -1, chunked: false, close: false, start: end + 4 };
      for (let i = 1; i < lines.length; i++) {
        const colon = lines[i].indexOf(':');
        const name = lines[i].slice(0, colon).trim().toLowerCase();
        const value = lines[i].slice(colon + 1).trim().toLowerCase();
        if (name === 'content-length') head.length = Number(value);
        else if (name === 'transfer-encoding') head.chunked = value.includes('chunked');
        else if (name === 'connection') head.close = value.includes('close');
      }
      p.head = head;
    }
    const body = p.head.chunked ? this.chunked(p.head.start) : this.sized(p.head.start, p.head.length);
    if (!body) return;
    this.pending = null;
    clearTimeout(p.timer);
    if (p.head.close) this.destroy();
    p.resolve({ status: p.head.status, body: body.bytes });
  }

  sized(start, length) {
    if (length < 0) return null; // read until close: not used by the servers measured
    if (this.buffer.length < start + length) return null;
    const bytes = this.buffer.subarray(start, start + length);
    this.buffer = this.buffer.length > start + length ? this.buffer.subarray(start + length) : null;
    return { bytes };
  }

  chunked(start) {
    const pieces = [];
    let at = start;
    for (;;) {
      const eol = this.buffer.indexOf('\r\n', at);
      if (eol < 0) return null;
      const size = parseInt(this.buffer.toString('latin1', at, eol), 16);
      if (this.buffer.length < eol + 2 + size + 2) return null;
      if (size === 0) {
        this.buffer = this.buffer.length > eol + 4 ? this.buffer.subarray(eol + 4) : null;
        return { bytes: Buffer.concat(pieces) };
      }
      pieces.push(this.buffer.subarray(eol + 2, eol + 2 + size));
      at = eol + 2 + size + 2;
    }
  }
}

module.exports = { HttpConnection };
