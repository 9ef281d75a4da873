// Turns load.js's JSON result into the interaction benchmark's Markdown summary (targets of issue 17
// beside the measures) and keeps the raw result in results/<timestamp>.json.
//   node report.js RESULT_JSON [extra-info-json]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const r = JSON.parse(process.argv[2]);
const info = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const dir = path.join(__dirname, 'results');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `${stamp}.json`);
fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), ...info, result: r }, null, 2) + '\n');
if (r.error) {
  console.log(`failed: ${r.error}\n\nRaw result: ${path.relative(process.cwd(), file)}`);
  process.exit(1);
}
const n = (v, d = 0) => (v == null ? 'n/a' : v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
const ms = (v) => (v == null ? 'lost' : n(v));
const met = (ok) => (ok ? 'met' : '**not met**');
const x = r.reactions, f = x.framesPerSecond, p = r.poll, c = r.chat;
const rows = [
  ['clients connected', `${n(r.connected)} of ${n(r.clients)} (in ${r.connectSeconds} s)`, ''],
  [`reaction.send (${n(r.rate)}/s, ${r.measure} s measured)`, `${n(x.sent)} sent, ${n(x.measuredSent)} in the window`, ''],
  ['reaction.burst frames per client per second: mean (median client / highest)', `${f.mean.p50} / ${f.mean.max}`, ''],
  ['… most in one aligned second: median / p99 / max client; clients over 4', `${f.maxInAlignedSecond.p50} / ${f.maxInAlignedSecond.p99} / ${f.maxInAlignedSecond.max}; ${n(f.maxInAlignedSecond.clientsOver4)}`, `≤ 4: ${met(f.maxInAlignedSecond.max <= 4)}`],
  ['… most in any 1,000 ms (sliding): median / p99 / max client; clients over 4', `${f.maxInSliding1s.p50} / ${f.maxInSliding1s.p99} / ${f.maxInSliding1s.max}; ${n(f.maxInSliding1s.clientsOver4)}`, ''],
  ['… shortest gap between two bursts at a client: min / p1 / median (ms)', `${f.minGapMs.min} / ${f.minGapMs.p1} / ${f.minGapMs.p50}`, ''],
  ['… gaps between consecutive bursts under 250 ms (all clients)', `${x.gapsUnder250msPct} %`, ''],
  ['burst fan-out: a sampled client\'s arrival after the first sampled client\'s, p50 / p99 / max (ms)', typeof x.fanoutSpread === 'string' ? x.fanoutSpread : `${x.fanoutSpread.p50} / ${x.fanoutSpread.p99} / ${x.fanoutSpread.max}`, ''],
  ['last burst after the last reaction sent (ms)', `${n(x.lastBurstAfterLastSendMs)}`, ''],
  ['reaction counts received (sum of a client\'s bursts) vs sent', `${n(x.countsReceived.clientsWithAll)} clients got all ${n(x.sent)}; min ${n(x.countsReceived.min)}, max ${n(x.countsReceived.max)}`, ''],
  [`reaction delay at ${x.sampledClients} sampled clients: p50 / p95 / p99 / max (ms)`, `${ms(x.delay.p50)} / ${ms(x.delay.p95)} / ${ms(x.delay.p99)} / ${ms(x.delay.max)}`, `p99 ≤ 300: ${met(x.delay.p99 != null && x.delay.p99 <= 300)}`],
  [`chat alone (${r.senders} senders, ${r.chatRate} msg/s): delivered ≤ 5 s; p50 / p95 / p99 / max (ms)`, `${n(c.alone.deliveredWithin5s)} of ${n(c.alone.expected)}; ${ms(c.alone.p50)} / ${ms(c.alone.p95)} / ${ms(c.alone.p99)} / ${ms(c.alone.max)}`, ''],
  ['chat with reactions: delivered ≤ 5 s; p50 / p95 / p99 / max (ms)', `${n(c.withReactions.deliveredWithin5s)} of ${n(c.withReactions.expected)}; ${ms(c.withReactions.p50)} / ${ms(c.withReactions.p95)} / ${ms(c.withReactions.p99)} / ${ms(c.withReactions.max)}`, 'Venueless p95: 33,800'],
  ['server CPU (one core = 100 %) / RSS MiB / load client CPU / others: chat alone', `${r.chatAloneCpu.serverCpuPct} % / ${r.chatAloneCpu.serverRssMiB} / ${r.chatAloneCpu.clientCpuPct} % / ${r.chatAloneCpu.otherCpuPct} %`, ''],
  ['… with reactions (measured window)', `${x.cpu.serverCpuPct} % / ${x.cpu.serverRssMiB} / ${x.cpu.clientCpuPct} % / ${x.cpu.otherCpuPct} %`, ''],
  [`poll: votes sent within ${r.voteWindow} s (per option); answered poll.voted; errors`, `${n(p.votesSent)} (${p.tally.join(' / ')}); ${n(p.acked)}; ${JSON.stringify(p.voteErrors)}`, ''],
  ['… votes neither answered nor refused: from clients connected to the end / from dropped clients', `${n(p.unansweredStillConnected)} / ${n(p.unansweredDisconnected)}`, ''],
  ['… all votes answered this long after the voting window (ms), before closing', `${n(p.answeredAfterWindowMs)} (${n(p.answeredBeforeClose)} answered)`, ''],
  ['… vote → poll.voted: p50 / p95 / p99 / max (ms)', `${ms(p.voteAck.p50)} / ${ms(p.voteAck.p95)} / ${ms(p.voteAck.p99)} / ${ms(p.voteAck.max)}`, ''],
  ['… server CPU / load client CPU while voting', `${p.cpu.serverCpuPct} % / ${p.cpu.clientCpuPct} %`, ''],
  ['… final results (counts/total) at the clients vs votes sent', `${n(p.finalCorrectAtClients)} clients got ${p.expectedFinal}; seen: ${JSON.stringify(p.finals)}`, `correct: ${met(p.finalCorrectAtClients === r.connected)}`],
  ['… close request answered (ms)', `${p.closeRequestMs}`, ''],
  ['… close request → poll.close at a client: p50 / p99 / max (ms); within 1 s', `${ms(p.closeToClient.p50)} / ${ms(p.closeToClient.p99)} / ${ms(p.closeToClient.max)}; ${n(p.closeToClient.within1s)}`, `all ≤ 1 s: ${met(p.closeToClient.within1s === r.connected)}`],
];
console.log('| measure | result | target |');
console.log('|---|---|---|');
for (const [a, b, t] of rows) console.log(`| ${a} | ${b} | ${t} |`);
const notes = [];
if (r.closedDuringRun) notes.push(`${r.closedDuringRun} connections dropped (${JSON.stringify(r.closeReasons)})`);
if (Object.keys(r.serverErrors).length) notes.push(`error frames ${JSON.stringify(r.serverErrors)}`);
if (x.cpu.otherCpuPct > 10) notes.push(`other processes used ${x.cpu.otherCpuPct} % of a core during the reaction window`);
if (Math.max(...r.workerLoopDelayMaxMs) > 100) notes.push(`load-client event loop stalled up to ${Math.max(...r.workerLoopDelayMaxMs)} ms`);
if (notes.length) console.log(`\n- ${notes.join('\n- ')}`);
console.log(`\nRaw result: ${path.relative(process.cwd(), file)}`);
