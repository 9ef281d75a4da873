// Viewers joining and leaving: opens `--viewers` HTTP-FLV players at `--rate` a second, each reading (and
// discarding) the stream for `--hold` seconds before it hangs up. Viewer i plays line i of the file
// `--urls` (one playback address a line, taken round-robin when there are fewer lines than viewers: one
// line is every viewer on one person's address), or `--url` for all of them. Prints one JSON line:
// how many were answered 200, refused, failed, and the bytes read. Raw sockets: a player costs the
// load client almost nothing.
'use strict';
const net = require('node:net');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const urls = (args.urls ? require('node:fs').readFileSync(args.urls, 'utf8').split('\n').filter((l) => l.trim())
  : [args.url]).map((u) => new URL(u.trim()));
if (urls.length === 0) throw new Error('no playback address');
const viewers = Number(args.viewers ?? 1000);
const rate = Number(args.rate ?? 50);
const hold = Number(args.hold ?? 20) * 1000;
const agents = ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1'];
const result = { ok: 0, refused: 0, failed: 0, bytes: 0 };
let done = 0;

function viewer(i) {
  const url = urls[i % urls.length];
  const socket = net.connect(Number(url.port), url.hostname);
  let head = '';
  let counted = false;
  const finish = () => {
    if (!counted) { counted = true; result.failed++; }
    if (++done === viewers) { console.log(JSON.stringify(result)); process.exit(0); }
  };
  socket.on('connect', () => socket.write(`GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n`
    + `User-Agent: ${agents[i % agents.length]}\r\n\r\n`));
  socket.on('data', (d) => {
    result.bytes += d.length;
    if (counted) return;
    head += d.toString('latin1', 0, Math.min(d.length, 64));
    const status = head.match(/^HTTP\/1\.1 (\d{3})/);
    if (!status) return;
    counted = true;
    if (status[1] === '200') result.ok++; else result.refused++;
  });
  socket.on('error', () => undefined);
  socket.on('close', finish);
  setTimeout(() => socket.destroy(), hold);
}

for (let i = 0; i < viewers; i++) setTimeout(() => viewer(i), (i * 1000) / rate);
