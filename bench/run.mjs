// `npm run bench`: builds the project's bundles if they are missing, bundles the benchmark itself with esbuild (the
// sources are TypeScript and import `.cchct` templates as text, as scripts/bundle.mjs does) into a temporary folder,
// and runs bench/main.ts, which prints the table and writes bench/results.json.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundleOptions } from '../scripts/node-bundle-options.mjs';
import { serverBuiltinsLoadedWhenUsed } from '../scripts/start-up-plugins.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const needed = ['out/server.cjs', 'out/server-start.cjs', 'out/extension.cjs', 'packages/cli/out/cchc.cjs'];
if (needed.some(file => !existsSync(file))) {
    console.log('bench: bundles missing, running `npm run build` first');
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
}

// The language-server and CLI rows run the built bundles, the in-process rows the sources: say when they differ.
const newest = dir => readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const file = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(file) : /\.(ts|cchct|langium)$/.test(entry.name) ? statSync(file).mtimeMs : 0);
}, 0);
const sources = Math.max(...readdirSync('packages').map(p => path.join('packages', p, 'src')).filter(existsSync).map(newest));
const stale = needed.filter(file => statSync(file).mtimeMs < sources);
if (stale.length > 0) {
    process.env.CCHC_BENCH_STALE = `${stale.join(', ')} older than the newest source (${new Date(sources).toISOString()}): ` +
        'the language-server and CLI rows measure the last `npm run build`';
    console.log(`bench: warning: ${process.env.CCHC_BENCH_STALE}`);
}

const work = mkdtempSync(path.join(tmpdir(), 'cchc-bench-'));
let status = 1;
try {
    const bundles = path.join(work, 'bundles');
    const nodeBundle = nodeBundleOptions('bench');
    await build({
        ...nodeBundle,
        entryPoints: { main: 'bench/main.ts', 'in-process': 'bench/in-process.ts', lsp: 'bench/lsp.ts' },
        outdir: bundles,
        outExtension: { '.js': '.cjs' },
        sourcemap: 'linked'
    });
    if (process.argv[2] === 'profile' && process.argv[3]?.startsWith('lsp-')) {
        // Profiling the language server needs its function names: the same server, not minified.
        await build({
            ...nodeBundle, plugins: [serverBuiltinsLoadedWhenUsed(), ...nodeBundle.plugins],
            entryPoints: ['packages/language/src/server/main.ts'], outfile: path.join(bundles, 'server-dev.cjs')
        });
    }
    const run = spawnSync(process.execPath, [path.join(bundles, 'main.cjs'), ...process.argv.slice(2)], {
        stdio: 'inherit',
        env: { ...process.env, CCHC_BENCH_WORK: work, CCHC_BENCH_BUNDLES: bundles }
    });
    status = run.status ?? 1;
} finally {
    if (!process.env.CCHC_BENCH_KEEP) rmSync(work, { recursive: true, force: true });
    else console.log(`bench: kept ${work}`);
}
process.exit(status);
