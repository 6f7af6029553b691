import { writeFileSync } from 'node:fs';

/** One row of the results: `target` is an upper bound checked against `on` (the median or the p95). */
export interface Row {
    name: string;
    median: number;
    p95: number;
    unit: string;
    target: number | null;
    met: boolean | null;
    /** Which statistic the target applies to ('value': a single measurement); not written to results.json. */
    on?: 'median' | 'p95' | 'value';
    /** The machine's 1-minute load average when the row's section ended. */
    load?: number;
}

export function row(name: string, samples: number[] | { median: number; p95: number }, unit: string, target: number | null = null, on: 'median' | 'p95' | 'value' = 'median'): Row {
    const { median, p95 } = Array.isArray(samples) ? summarize(samples) : samples;
    return { name, median, p95, unit, target, met: target === null ? null : (on === 'p95' ? p95 : median) <= target, on: target === null ? undefined : on };
}

/** Nearest-rank quantile of unsorted samples. */
export function quantile(samples: number[], q: number): number {
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
    return sorted[rank];
}

export function summarize(samples: number[]): { median: number; p95: number } {
    if (samples.length === 0) throw new Error('no samples');
    return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

export interface SampleOptions {
    warmup: number;
    /** At least this many measured iterations… */
    min: number;
    /** …and at most this many, stopping early once `budgetMs` of measuring has passed (after `min`). */
    max: number;
    budgetMs: number;
}

/** Milliseconds per call of `fn`, after `warmup` unmeasured calls. */
export async function sample(fn: () => unknown, options: SampleOptions): Promise<number[]> {
    for (let i = 0; i < options.warmup; i++) await fn();
    const samples: number[] = [];
    const start = performance.now();
    while (samples.length < options.max && (samples.length < options.min || performance.now() - start < options.budgetMs)) {
        const t0 = performance.now();
        await fn();
        samples.push(performance.now() - t0);
    }
    return samples;
}

/**
 * The subject and its baseline on the same data in the same process, in alternating blocks (a few subject calls, then
 * about as long of baseline calls), so that both see the same machine. Baseline calls are timed in batches lasting
 * about a millisecond and reported per call. `ratios` holds one ratio per block, median subject ÷ median baseline
 * within the block: a change of load between blocks moves both sides of a ratio alike. (No forced GC between blocks:
 * with --expose-gc and gc() the subject ran 20–40% slower, V8 ageing and flushing its bytecode sooner.)
 */
export async function samplePair(subject: () => unknown, baseline: () => unknown, options: SampleOptions & { blockSize: number }): Promise<{ subject: number[]; baseline: number[]; ratios: number[] }> {
    let reps = 1;
    for (let i = 0; i < 5; i++) baseline();
    for (;;) {
        const t0 = performance.now();
        for (let i = 0; i < reps; i++) baseline();
        if (performance.now() - t0 >= 1 || reps >= 1 << 16) break;
        reps *= 2;
    }
    for (let i = 0; i < options.warmup; i++) await subject();
    const result = { subject: [] as number[], baseline: [] as number[], ratios: [] as number[] };
    const start = performance.now();
    while (result.subject.length < options.max && (result.subject.length < options.min || performance.now() - start < options.budgetMs)) {
        const block = { subject: [] as number[], baseline: [] as number[] };
        let spent = 0;
        for (let i = 0; i < options.blockSize && result.subject.length + block.subject.length < options.max; i++) {
            const t0 = performance.now();
            await subject();
            const took = performance.now() - t0;
            block.subject.push(took);
            spent += took;
        }
        const until = performance.now() + Math.min(spent, 2000);
        do {
            const t0 = performance.now();
            for (let r = 0; r < reps; r++) baseline();
            block.baseline.push((performance.now() - t0) / reps);
        } while (performance.now() < until);
        result.subject.push(...block.subject);
        result.baseline.push(...block.baseline);
        result.ratios.push(quantile(block.subject, 0.5) / quantile(block.baseline, 0.5));
    }
    return result;
}

/** Rows go to the file the orchestrator names, as JSON. */
export function writeRows(file: string, rows: Row[], extra: Record<string, unknown> = {}): void {
    writeFileSync(file, JSON.stringify({ rows, ...extra }, null, 2));
}

export function log(message: string): void {
    process.stderr.write(`  ${message}\n`);
}
