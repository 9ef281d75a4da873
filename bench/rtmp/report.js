// Turns the JSON lines load.js printed (one per run) into the RTMP benchmark's Markdown tables, one
// per viewer count, with notes on anything odd and the targets checked for Marquee; keeps the
// raw results in results/<stamp>.json.
//   node report.js runs.jsonl info-json stamp
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const runs = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const info = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const stamp = process.argv[4] || new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const dir = path.join(__dirname, 'results');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `${stamp}.json`);
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), ...info, runs }, null, 2) + '\n');

const name = { marquee: 'Marquee (HTTP-FLV)', 'marquee-rtmp': 'Marquee (RTMP play)', 'marquee-llhls': 'Marquee (LL-HLS)', nms: 'Node-Media-Server (HTTP-FLV)', nginx: 'nginx-rtmp (RTMP play)' };
const num = (v, d = 0) => (v == null ? 'n/a' : v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
const counts = [...new Set(runs.map((r) => r.viewers))];
const notes = [];
for (const n of counts) {
  console.log(`\n### ${num(n)} viewers\n`);
  console.log('| server | kept up | connected whole window | server CPU-ms / viewer-s | server CPU % (one core = 100) | server RSS max MiB | first keyframe p50 / max ms | lag at end p50 / max ms | load-client CPU % |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of runs.filter((x) => x.viewers === n)) {
    const who = name[r.target] || r.target;
    if (r.error) { console.log(`| ${who} | failed: ${String(r.error).replace(/\|/g, '/')} ||||||||`); continue; }
    console.log(`| ${who} | ${num(r.keptUp)} (${num(r.keptUpPct, 1)} %) | ${num(r.connectedWholeWindow)} | ${num(r.serverCpuMsPerViewerSecond, 3)} `
      + `| ${num(r.serverCpuPct, 0)} | ${num(r.serverRssMaxMiB)} | ${num(r.ttfkP50, 0)} / ${num(r.ttfkMax, 0)} `
      + `| ${num(r.lagEndP50, 0)} / ${num(r.lagEndMax, 0)} | ${num(r.clientCpuPct, 0)} |`);
    const odd = [];
    if (r.connected < r.viewers) odd.push(`${r.viewers - r.connected} never played (${JSON.stringify(r.connectFailures)})`);
    if (r.droppedDuringWindow) odd.push(`${r.droppedDuringWindow} disconnected during the window (${JSON.stringify(r.closeReasons)})`);
    if (r.slowAdvance) odd.push(`${r.slowAdvance} advanced less than ${100 * r.keepUpRule.advance} % of wall-clock (slowest ${r.advanceMin})`);
    if (r.lagging) odd.push(`${r.lagging} more than ${r.keepUpRule.lagMs} ms behind at the end`);
    if (r.withGaps) odd.push(`${r.withGaps} skipped video (timestamp jumps up to ${num(r.gapMaxMs)} ms)`);
    if (r.backwardsTimestamps) odd.push(`${r.backwardsTimestamps} backward video timestamps`);
    if (r.ttfkOk < r.ttfkProbes) odd.push(`${r.ttfkProbes - r.ttfkOk} of ${r.ttfkProbes} probes got no keyframe (${JSON.stringify(r.probeFailures)})`);
    if (r.otherCpuPct > 10) odd.push(`other processes used ${r.otherCpuPct} % of a core during the window`);
    if (Math.max(...r.workerLoopDelayMaxMs) > 200) odd.push(`load-client event loop stalled up to ${Math.max(...r.workerLoopDelayMaxMs)} ms`);
    if (odd.length) notes.push(`- ${who}, ${num(n)} viewers: ${odd.join('; ')}.`);
  }
}
if (notes.length) console.log(`\n${notes.join('\n')}`);

// The targets for Marquee (HTTP-FLV): 1,000 viewers keep up; CPU per viewer-second at most
// half of Node-Media-Server's and no more than nginx-rtmp's; time to first keyframe under 100 ms.
const find = (t, n) => runs.find((r) => r.target === t && r.viewers === n && !r.error);
const lines = [];
for (const n of counts) {
  const m = find('marquee', n), s = find('nms', n), g = find('nginx', n);
  if (!m) continue;
  const part = [`kept up ${num(m.keptUp)}/${num(n)}`];
  if (s && s.serverCpuMsPerViewerSecond) part.push(`CPU/viewer-s ${num(m.serverCpuMsPerViewerSecond / s.serverCpuMsPerViewerSecond, 2)}× Node-Media-Server's (target ≤ 0.5×)`);
  if (g && g.serverCpuMsPerViewerSecond) part.push(`${num(m.serverCpuMsPerViewerSecond / g.serverCpuMsPerViewerSecond, 2)}× nginx-rtmp's (target ≤ 1×)`);
  part.push(`first keyframe max ${num(m.ttfkMax, 0)} ms (target < 100)`);
  lines.push(`- ${num(n)} viewers: ${part.join('; ')}.`);
}
if (lines.length) console.log(`\nMarquee against the targets:\n${lines.join('\n')}`);
console.log(`\nRaw results: ${path.relative(process.cwd(), file)}`);
process.exitCode = runs.some((r) => r.error) ? 1 : 0;
