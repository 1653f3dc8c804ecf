// Prints where a CPU profile (.cpuprofile, from `node --cpu-prof` or Chromium) spent its time:
// self time by function, with its script and line, and by script.
//   node tests/bench/top-functions.mjs profile.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const at = args.indexOf('--top');
const top = at === -1 ? 25 : Number(args.splice(at, 2)[1]);
if (args.length === 0) {
  console.error('usage: node tests/bench/top-functions.mjs profile.cpuprofile [--top 25]');
  process.exit(2);
}

/** Self time in µs of each function and each script of a profile, and the profile's total. */
function selfTimes(profile) {
  const spent = new Map();
  profile.samples.forEach((node, i) => spent.set(node, (spent.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map();
  const byScript = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const us = spent.get(node.id) ?? 0;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const script = url ? url.replace(/^.*\//, '') : functionName.startsWith('(') ? functionName : '(native)';
    const name = `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
  }
  return { byFunction, byScript, total };
}

const rows = (map, total, n) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name: name.length > 90 ? `${name.slice(0, 87)}…` : name, ms: +(us / 1000).toFixed(1), share: `${((100 * us) / total).toFixed(1)}%` }));

for (const file of args) {
  const { byFunction, byScript, total } = selfTimes(JSON.parse(readFileSync(file, 'utf8')));
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
  console.table(rows(byScript, total, 10));
  console.table(rows(byFunction, total, top));
}
