// What the benchmarks read from /proc (Linux): a process's CPU and resident memory, and the whole
// machine's busy CPU. For new load clients; bench/chat and bench/rtmp still carry their own copies.
'use strict';
const fs = require('node:fs');
const { execSync } = require('node:child_process');

const TICK = Number(execSync('getconf CLK_TCK')) || 100;

/** CPU ms (user + system) of a process so far; null when unreadable. */
function cpuMs(pid) {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 1000 / TICK;
  } catch { return null; }
}

/** Busy CPU ms of the whole machine (all cores) so far: user nice system irq softirq steal. */
function machineBusyMs() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) * 1000 / TICK;
}

/** Resident memory of a process, MiB (rounded); null when unreadable. */
function rssMiB(pid) {
  try { return Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024); } catch { return null; }
}

module.exports = { cpuMs, machineBusyMs, rssMiB };
