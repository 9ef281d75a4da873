// Turns the JSON lines that load.js printed (one per run) into the chat benchmark's Markdown table,
// with notes on anything odd (errors, dropped connections, late or duplicate messages), and keeps the
// raw results in results/<timestamp>.json.
//   node report.js runs.jsonl [extra-info-json]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const runs = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const info = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const dir = path.join(__dirname, 'results');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `${stamp}.json`);
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), ...info, runs }, null, 2) + '\n');

const ms = (v) => (v == null ? '> 5000' : v.toFixed(1));
const num = (v, d = 0) => (v == null ? 'n/a' : v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
const name = { marquee: 'Marquee', socketio: 'socket.io' };
console.log('| server | C | S | expected | delivered | delivered % | p50 ms | p99 ms | max ms | server CPU-ms / delivered msg | server CPU % (of one core) | server RSS MiB | load-client CPU % |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
const notes = [];
for (const r of runs) {
  const who = `${name[r.target] || r.target}`;
  if (r.error) {
    console.log(`| ${who} | ${r.clients} | ${r.senders} | failed: ${r.error.replace(/\|/g, '/')} |||||||||`);
    continue;
  }
  console.log(`| ${who} | ${num(r.clients)} | ${r.senders} | ${num(r.expected)} | ${num(r.delivered)} | ${r.deliveredPct.toFixed(1)} `
    + `| ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${num(r.serverCpuMsPerMsg, 4)} | ${num(r.serverCpuPct, 0)} `
    + `| ${num(r.serverRssMiB)} | ${num(r.clientCpuPct, 0)} |`);
  const odd = [];
  if (r.late) odd.push(`${num(r.late)} arrived later than 5 s (of those that arrived: p50 ${r.receivedP50} ms, p99 ${r.receivedP99} ms, max ${r.receivedMax} ms)`);
  if (r.closedDuringRun) odd.push(`${r.closedDuringRun} connections dropped during the run (${JSON.stringify(r.closeReasons)})`);
  if (Object.keys(r.serverErrors).length) odd.push(`error frames ${JSON.stringify(r.serverErrors)}`);
  if (r.duplicates || r.bogus) odd.push(`${r.duplicates} duplicates, ${r.bogus} unknown message numbers`);
  if (r.sentMeasure < r.measure * r.rate) odd.push(`only ${r.sentMeasure} of ${r.measure * r.rate} messages sent`);
  if (r.otherCpuPct > 10) odd.push(`other processes used ${r.otherCpuPct}% of a core during the window: numbers disturbed`);
  if (Math.max(...r.workerLoopDelayMaxMs) > 100) odd.push(`load-client event loop stalled up to ${Math.max(...r.workerLoopDelayMaxMs)} ms`);
  if (odd.length) notes.push(`- ${who}, C = ${num(r.clients)}: ${odd.join('; ')}.`);
}
if (notes.length) console.log(`\n${notes.join('\n')}`);
console.log(`\nRaw results: ${path.relative(process.cwd(), file)}`);
process.exitCode = runs.some((r) => r.error) ? 1 : 0;
