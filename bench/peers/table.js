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
const info = readJson('info.json') || {};
const rtmp = (readJson('rtmp.json') || {}).runs || [];
const chat = (readJson('chat.json') || {}).runs || [];

const num = (v, d = 0) => (v == null || Number.isNaN(v) ? 'n/a'
  : v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
const NOT_RUN = 'not run';
const rows = [];
/** verdict: [met, how far off] from a measured value, its limit and whether lower is better. */
const against = (value, limit, lowerIsBetter = true) => {
  if (value == null || limit == null) return NOT_RUN;
  const met = lowerIsBetter ? value <= limit : value >= limit;
  return met ? 'met' : `not met: ${num(lowerIsBetter ? value / limit : limit / value, 2)}× off`;
};
const all = (...verdicts) => {
  if (verdicts.some((v) => v === NOT_RUN)) return NOT_RUN;
  const missed = verdicts.filter((v) => v !== 'met');
  return missed.length ? missed.join('; ') : 'met';
};

// Video: CPU per viewer-second at each size, RSS at 1,000, memory each viewer adds from 200 to 1,000.
const run = (target, viewers) => rtmp.find((r) => r.target === target && r.viewers === viewers && !r.error);
for (const n of [200, 500, 1000]) {
  const m = run('marquee', n), s = run('nms', n), g = run('nginx', n);
  const cpu = (r) => r && r.serverCpuMsPerViewerSecond;
  const kept = (r) => (r ? `, ${num(r.keptUp)} kept up` : '');
  rows.push([`HTTP-FLV, ${num(n)} viewers: CPU-ms per viewer-second`, m ? `${num(cpu(m), 3)}${kept(m)}` : NOT_RUN,
    `Node-Media-Server ${s ? num(cpu(s), 3) : NOT_RUN}, nginx-rtmp ${g ? num(cpu(g), 3) : NOT_RUN}`,
    '≤ 0.5 × NMS and ≤ nginx-rtmp, all kept up',
    all(against(cpu(m), s && cpu(s) * 0.5), against(cpu(m), cpu(g)), against(m && m.keptUp, n, false))]);
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
const p99 = (r) => (r && r.p99 == null ? '> 5,000' : num(r && r.p99, 0));
{
  const m = room('marquee', 1000), s = room('socketio', 1000);
  rows.push(['chat, 1,000 clients: CPU-ms per delivered message', m ? num(m.serverCpuMsPerMsg, 4) : NOT_RUN,
    `socket.io ${s ? num(s.serverCpuMsPerMsg, 4) : NOT_RUN}`, '≤ 0.5 × socket.io',
    against(m && m.serverCpuMsPerMsg, s && s.serverCpuMsPerMsg * 0.5)]);
}
{
  const m = room('marquee', 5000), s = room('socketio', 5000);
  const cell = (r) => (r ? `${num(r.deliveredPct, 1)} % / ${p99(r)} ms / ${num(r.serverCpuMsPerMsg, 4)}` : NOT_RUN);
  rows.push(['chat, 5,000 clients: delivered ≤ 5 s / p99 / CPU-ms per message', cell(m), `socket.io ${cell(s)}`,
    '100 % / ≤ 200 ms / ≤ 0.5 × socket.io',
    all(against(m && m.deliveredPct, 100, false), against(m && (m.p99 == null ? 5000 : m.p99), 200),
      against(m && m.serverCpuMsPerMsg, s && s.serverCpuMsPerMsg * 0.5))]);
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
    last ? all(against(Number(last[1]), 1000, false), against(Number(last[3]), 100)) : NOT_RUN]);
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
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
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
    ok ? all(against(v.keptUp, 1000, false), against(c.deliveredPct, 100, false), against(c.p99 == null ? 5000 : c.p99, 200)) : NOT_RUN]);
}

const cell = (s) => String(s).replace(/\|/g, '/');
const table = [
  `Written by \`flock /tmp/mvn.lock bench/peers.sh\` on ${info.date || '?'}, commit \`${info.commit || '?'}\`, every Marquee`
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
