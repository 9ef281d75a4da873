// The part of AMF0 an RTMP player needs: encode numbers, booleans, strings, null and plain objects;
// decode those plus ECMA and strict arrays, dates, long strings and undefined.
'use strict';

function encode(...values) {
  const out = [];
  const str = (s) => { const b = Buffer.from(s, 'utf8'); const h = Buffer.alloc(2); h.writeUInt16BE(b.length); return [h, b]; };
  const value = (x) => {
    if (x === null || x === undefined) out.push(Buffer.from([0x05]));
    else if (typeof x === 'number') { const b = Buffer.alloc(9); b[0] = 0x00; b.writeDoubleBE(x, 1); out.push(b); }
    else if (typeof x === 'boolean') out.push(Buffer.from([0x01, x ? 1 : 0]));
    else if (typeof x === 'string') out.push(Buffer.from([0x02]), ...str(x));
    else if (typeof x === 'object') {
      out.push(Buffer.from([0x03]));
      for (const [k, v] of Object.entries(x)) { out.push(...str(k)); value(v); }
      out.push(Buffer.from([0x00, 0x00, 0x09]));
    } else throw new Error(`cannot encode ${typeof x} in AMF0`);
  };
  for (const x of values) value(x);
  return Buffer.concat(out);
}

function decode(buf) {
  let i = 0;
  const key = () => { const n = buf.readUInt16BE(i); i += 2; const s = buf.toString('utf8', i, i + n); i += n; return s; };
  const props = (o) => {
    for (;;) {
      const k = key();
      if (k === '' && buf[i] === 0x09) { i++; return o; }
      o[k] = value();
    }
  };
  const value = () => {
    const marker = buf[i++];
    switch (marker) {
      case 0x00: { const d = buf.readDoubleBE(i); i += 8; return d; }
      case 0x01: return buf[i++] !== 0;
      case 0x02: return key();
      case 0x03: return props({});
      case 0x05: case 0x06: return null;
      case 0x08: i += 4; return props({});
      case 0x0a: { const n = buf.readUInt32BE(i); i += 4; return Array.from({ length: n }, value); }
      case 0x0b: { const d = buf.readDoubleBE(i); i += 10; return new Date(d); }
      case 0x0c: { const n = buf.readUInt32BE(i); i += 4; const s = buf.toString('utf8', i, i + n); i += n; return s; }
      default: throw new Error(`AMF0 marker ${marker} not supported`);
    }
  };
  const values = [];
  while (i < buf.length) values.push(value());
  return values;
}

module.exports = { encode, decode };
