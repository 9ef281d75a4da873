// Turns one run of bench/peers.sh (a results directory) into issue 22's table: one row per measure, Marquee
// against its peers in the same run, the target, and whether it is met or by how much it is missed. Prints
// the table; given a Markdown file, also replaces what stands between its peers-table markers.
//   node table.js bench/peers/results/<stamp> [docs/benchmarks.md]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const dir = process.argv[2];
const doc = process.argv[3];
const read = (name) => { try { return fs.readFileSync(path.join(dir, name), 'utf8'); } catch { return null; } };
const readJson = (name) => { const t = read(name); try { return t && JSON.parse(t); } catch { return null; } };
// One line per invocation of bench/peers.sh into this directory (the first ran every step, a later one some).
const invocations = (read('runs.jsonl') || '').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const info = invocations[invocations.length - 1] || {};
const rtmp = (readJson('rtmp.json') || {}).runs || [];
const chat = (readJson('chat.json') || {}).runs || [];

const num = (v, d = 0) => (v == null || Number.isNaN(v) ? 'n/a'
  : v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
const NOT_RUN = 'not run';
const rows = [];
const NO_PEER = 'no peer number to compare with';
/** The verdict on a measured value against its limit: 'met', 'not met: N× off', or why there is none. */
const against = (value, limit, lowerIsBetter = true) => {
  if (value == null) return NOT_RUN;
  if (limit == null) return NO_PEER;
  const met = lowerIsBetter ? value <= limit : value >= limit;
  if (met) return 'met';
  if (value === 0 || limit === 0) return 'not met';
  return `not met: ${num(lowerIsBetter ? value / limit : limit / value, 2)}× off`;
};
/** A verdict of one part of a row, named: "p99 not met: 7.26× off". */
const part = (name, verdict) => (verdict === 'met' || verdict === NOT_RUN ? verdict : `${name} ${verdict}`);
const all = (...verdicts) => {
  if (verdicts.every((v) => v === NOT_RUN)) return NOT_RUN;
  const missed = [...new Set(verdicts.filter((v) => v !== 'met'))];
  return missed.length ? missed.join('; ') : 'met';
};

// Video: CPU per viewer-second at each size, RSS at 1,000, memory each viewer adds from 200 to 1,000.
const run = (target, viewers) => rtmp.find((r) => r.target === target && r.viewers === viewers && !r.error);
for (const n of [200, 500, 1000]) {
  const m = run('marquee', n), s = run('nms', n), g = run('nginx', n);
  const cpu = (r) => r && r.serverCpuMsPerViewerSecond;
  const kept = (r) => (r ? `, ${num(r.keptUp)} kept up` : '');
  rows.push([`HTTP-FLV, ${num(n)} viewers: CPU-ms per viewer-second`, m ? `${num(cpu(m), 3)}${kept(m)}` : NOT_RUN,
    `Node-Media-Server ${s ? num(cpu(s), 3) : missing(rtmp, 'nms', 'viewers', n)}, nginx-rtmp ${g ? num(cpu(g), 3) : missing(rtmp, 'nginx', 'viewers', n)}`,
    '≤ 0.5 × NMS and ≤ nginx-rtmp, all kept up',
    all(part('against NMS', against(cpu(m), s && cpu(s) * 0.5)), part('against nginx-rtmp', against(cpu(m), cpu(g))),
      part('kept up', against(m && m.keptUp, n, false)))]);
}
const rss = (t, n) => { const r = run(t, n); return r ? r.serverRssMaxMiB : null; };
rows.push(['server RSS with 1,000 viewers (MiB)', rss('marquee', 1000) == null ? NOT_RUN : `${num(rss('marquee', 1000))} (-Xmx${info.heap})`,
  `Node-Media-Server ${num(rss('nms', 1000))}, nginx-rtmp ${num(rss('nginx', 1000))}`, '≤ NMS',
  against(rss('marquee', 1000), rss('nms', 1000))]);
const perViewer = (t) => (rss(t, 1000) == null || rss(t, 200) == null ? null : (rss(t, 1000) - rss(t, 200)) / 800);
rows.push(['memory added per viewer: (RSS at 1,000 − at 200) / 800 (MiB)', perViewer('marquee') == null ? NOT_RUN : num(perViewer('marquee'), 3),
  `Node-Media-Server ${num(perViewer('nms'), 3)}, nginx-rtmp ${num(perViewer('nginx'), 3)}`, '≤ 0.5 × NMS',
  against(perViewer('marquee'), perViewer('nms') == null ? null : perViewer('nms') * 0.5)]);

// Chat.
const room = (target, clients) => chat.find((r) => r.target === target && r.clients === clients && !r.error);
/** What to show for a run that has no numbers: its error, or that it did not run. */
const missing = (runs, target, key, size) => {
  const failed = runs.find((r) => r.target === target && r[key] === size && r.error);
  return failed ? `failed (${failed.error})` : NOT_RUN;
};
const p99 = (r) => (r && r.p99 == null ? '> 5,000' : num(r && r.p99, 0));
{
  const m = room('marquee', 1000), s = room('socketio', 1000);
  rows.push(['chat, 1,000 clients: CPU-ms per delivered message', m ? num(m.serverCpuMsPerMsg, 4) : NOT_RUN,
    `socket.io ${s ? num(s.serverCpuMsPerMsg, 4) : missing(chat, 'socketio', 'clients', 1000)}`, '≤ 0.5 × socket.io',
    against(m && m.serverCpuMsPerMsg, s && s.serverCpuMsPerMsg * 0.5)]);
}
{
  const m = room('marquee', 5000), s = room('socketio', 5000);
  const cell = (r, target) => (r ? `${num(r.deliveredPct, 1)} % / ${p99(r)} ms / ${num(r.serverCpuMsPerMsg, 4)}`
    : missing(chat, target, 'clients', 5000));
  rows.push(['chat, 5,000 clients: delivered ≤ 5 s / p99 / CPU-ms per message', cell(m, 'marquee'), `socket.io ${cell(s, 'socketio')}`,
    '100 % / ≤ 200 ms / ≤ 0.5 × socket.io',
    all(part('delivered', against(m && m.deliveredPct, 100, false)), part('p99', against(m && (m.p99 == null ? 5000 : m.p99), 200)),
      part('CPU', against(m && m.serverCpuMsPerMsg, s && s.serverCpuMsPerMsg * 0.5)))]);
}

// Sign-ins: the measured 20 s is the last "rate" line signin.lua prints.
for (const [db, label] of [['h2', 'H2'], ['postgres', 'PostgreSQL']]) {
  const text = read(`signin-${db}.txt`);
  const lines = text ? text.split('\n').filter((l) => l.startsWith('rate ')) : [];
  const last = lines.length > 1 ? /rate (\d+)\/s, p50 ([\d.]+) ms, p99 ([\d.]+) ms/.exec(lines[lines.length - 1]) : null;
  const refused = text && [...text.matchAll(/not 200: ?([^;]*);/g)].pop();
  rows.push([`access-code sign-ins, ${label}: rate / p99`,
    last ? `${num(Number(last[1]))}/s / ${num(Number(last[3]), 0)} ms${refused && refused[1].trim() !== 'none' ? ` (not 200: ${refused[1].trim()})` : ''}` : NOT_RUN,
    '—', '1,000/s, p99 ≤ 100 ms',
    last ? all(part('rate', against(Number(last[1]), 1000, false)), part('p99', against(Number(last[3]), 100))) : NOT_RUN]);
}

// Imports.
{
  const text = read('tickets.txt') || '';
  for (const [prefix, label] of [['| H2', 'H2'], ['| PostgreSQL', 'PostgreSQL']]) {
    const line = text.split('\n').find((l) => l.startsWith(prefix));
    const cells = line ? line.split('|').map((c) => c.trim()) : [];
    const seconds = cells.length > 3 ? Number(cells[3]) : null;
    rows.push([`first import of 100,000 rows, ${label} (s)`, seconds == null ? NOT_RUN : `${num(seconds, 1)} (${cells[4] || 'no result'})`,
      '—', '≤ 10', against(seconds, 10)]);
  }
}

// Boot.
{
  const boots = (read('boot.jsonl') || '').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b), h = Math.floor(s.length / 2);
    return s.length === 0 ? null : s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
  };
  const of = (server) => boots.filter((b) => b.server === server).map((b) => b.seconds);
  const m = median(of('marquee')), p = median(of('payara'));
  rows.push(['boot to ready, empty data directory with demo data (s, median)', m == null ? NOT_RUN : `${num(m, 1)} (${of('marquee').map((x) => num(x, 1)).join(', ')})`,
    `bare Payara Micro, one-page WAR: ${p == null ? NOT_RUN : `${num(p, 1)} (${of('payara').map((x) => num(x, 1)).join(', ')})`}`,
    '≤ 10', against(m, 10)]);
}

// The combined test.
{
  const v = readJson('combined-rtmp.json'), c = readJson('combined-chat.json'), mem = readJson('combined-memory.json');
  const ok = v && !v.error && c && !c.error;
  rows.push(['combined: 1,000 HTTP-FLV viewers + 5,000 chat clients on one instance',
    ok ? `${num(v.keptUp)} kept up; ${num(c.deliveredPct, 1)} % delivered, p99 ${p99(c)} ms; RSS ${num(mem && mem.rssMiBAtEnd)} MiB (heap in use after GC ${num(mem && mem.heapInUseAfterGcMiB)})`
      : (v || c ? `failed: ${(v && v.error) || (c && c.error) || 'no result'}` : NOT_RUN),
    '—', 'all kept up, 100 % delivered, p99 ≤ 200 ms',
    ok ? all(part('kept up', against(v.keptUp, 1000, false)), part('delivered', against(c.deliveredPct, 100, false)),
      part('p99', against(c.p99 == null ? 5000 : c.p99, 200))) : NOT_RUN]);
}

const cell = (s) => String(s).replace(/\|/g, '/');
const ran = invocations.map((r) => `${r.date}, commit \`${r.commit}\` (${r.steps === 'rtmp chat signin tickets boot combined' ? 'every step' : r.steps})`);
const table = [
  `Written by \`flock /tmp/mvn.lock bench/peers.sh\`, run ${ran.join(', then ') || '?'}; every Marquee`
    + ` with \`-Xmx${info.heap || '?'}\`, on ${info.cores || '?'} cores that the servers share with the load clients;`
    + ` raw results and each step's output in \`${dir.replace(/\/$/, '')}/\`. "× off" is how many times the target the`
    + ' measure is (or, for rates and counts, how many times short).',
  '',
  '| measure | Marquee | peers, same run | target | verdict |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
].join('\n');
console.log(table);

if (doc) {
  const start = '<!-- peers-table:start -->', end = '<!-- peers-table:end -->';
  const text = fs.readFileSync(doc, 'utf8');
  const a = text.indexOf(start), b = text.indexOf(end);
  if (a < 0 || b < a) { console.error(`${doc} has no ${start} … ${end} markers`); process.exit(1); }
  fs.writeFileSync(doc, `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`);
  console.error(`wrote the table into ${doc}`);
}
