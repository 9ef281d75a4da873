// Signs in every access code of `--codes` (one per line) at `--base` and prints each person's own
// playback address of stage `--stage` (the `--type` source, http-flv by default), one a line, in the
// order of the codes. `--concurrency` sign-ins at a time (8 by default: a client address may have 10
// sign-ins in flight, marquee.signin.failures-per-minute); a 429 is tried again after the wait it names.
// Fails if anyone is refused otherwise.
'use strict';
const fs = require('node:fs');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const base = args.base.replace(/\/$/, '');
const codes = fs.readFileSync(args.codes, 'utf8').split('\n').map((c) => c.trim()).filter(Boolean);
const type = args.type ?? 'http-flv';
const concurrency = Number(args.concurrency ?? 8);

async function address(code) {
  let signIn;
  for (let attempt = 0; attempt < 20; attempt++) {
    signIn = await fetch(`${base}/api/v1/auth/access-code`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
    if (signIn.status !== 429) break;
    const wait = Number(signIn.headers.get('Retry-After') ?? 1);
    await signIn.text();
    await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 0.2) * 1000));
  }
  if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const answer = await fetch(`${base}/api/v1/stages/${args.stage}/playback`, { headers: { Cookie: cookie } });
  if (answer.status !== 200) throw new Error(`playback answered ${answer.status}: ${await answer.text()}`);
  const source = (await answer.json()).sources.find((s) => s.type === type);
  if (!source) throw new Error(`no ${type} source`);
  return new URL(source.url, base).href;
}

async function main() {
  const out = new Array(codes.length);
  let next = 0;
  const worker = async () => {
    while (next < codes.length) {
      const i = next++;
      out[i] = await address(codes[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, codes.length) }, worker));
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e) => { console.error(e.message); process.exit(1); });
