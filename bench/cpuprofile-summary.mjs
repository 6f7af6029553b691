// Summarizes V8 .cpuprofile files (from `node --cpu-prof`): the functions with the most self time and the most
// inclusive (self + callees) time, each as a share of the sampled time, idle and GC reported apart.
// Usage: node bench/cpuprofile-summary.mjs <file.cpuprofile | folder> [top=25] [regex: only these in the inclusive list]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const [target, topArg, filterArg] = process.argv.slice(2);
const filter = filterArg ? new RegExp(filterArg) : undefined;
if (!target) {
    console.error('usage: node bench/cpuprofile-summary.mjs <file.cpuprofile | folder> [top]');
    process.exit(2);
}
const top = Number(topArg ?? 25);
const files = statSync(target).isDirectory()
    ? readdirSync(target).filter(f => f.endsWith('.cpuprofile')).map(f => path.join(target, f))
    : [target];

for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    const nodes = new Map(profile.nodes.map(n => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // Time per sample: the deltas, attributed to the sampled node.
    const selfTime = new Map();
    profile.samples.forEach((id, i) => {
        const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
    });
    const key = n => {
        const f = n.callFrame;
        const url = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '';
        return `${f.functionName || '(anonymous)'}${url ? ` ${url}` : ''}`;
    };
    const self = new Map();
    const inclusive = new Map();
    let total = 0;
    let idle = 0;
    let gc = 0;
    for (const [id, t] of selfTime) {
        const n = nodes.get(id);
        const name = n.callFrame.functionName;
        total += t;
        if (name === '(idle)' || name === '(program)') { idle += t; continue; }
        if (name === '(garbage collector)') gc += t;
        self.set(key(n), (self.get(key(n)) ?? 0) + t);
        // Inclusive: once per distinct function on the stack (recursion counted once).
        const seen = new Set();
        for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
            const k = key(nodes.get(cur));
            if (seen.has(k) || k.startsWith('(root)')) continue;
            seen.add(k);
            inclusive.set(k, (inclusive.get(k) ?? 0) + t);
        }
    }
    const busy = total - idle;
    const fmt = (t) => `${t.toFixed(0).padStart(7)} ms ${(100 * t / busy).toFixed(1).padStart(5)}%`;
    console.log(`\n${file}: ${busy.toFixed(0)} ms busy (${idle.toFixed(0)} ms idle/program), GC ${(100 * gc / busy).toFixed(1)}%`);
    console.log('  self time:');
    for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${fmt(t)}  ${k}`);
    console.log('  inclusive time:');
    for (const [k, t] of [...inclusive].filter(([k]) => !filter || filter.test(k)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${fmt(t)}  ${k}`);
}
