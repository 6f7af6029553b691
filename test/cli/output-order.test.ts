import { afterEach, expect, test, vi } from 'vitest';
import type { Finding } from '../../packages/cli/src/check.js';

function finding(file: string, line: number): Finding {
    return { file, line, column: 1, endLine: line, endColumn: 2, severity: 'warning', code: 'c', message: 'm' };
}

afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
});

/** Making the first collator loads ICU's collation data: a check of one file, the usual case, never needs it. */
test('findings of one file are sorted without a collator, those of several in the order of localeCompare', async () => {
    const Collator = Intl.Collator;
    const collators = vi.spyOn(Intl, 'Collator').mockImplementation(function (...args: ConstructorParameters<typeof Collator>) {
        return new Collator(...args);
    } as typeof Collator);
    const { formatJson } = await import('../../packages/cli/src/output.js');
    const oneFile = JSON.parse(formatJson({ findings: [finding('b.cchc', 9), finding('b.cchc', 2)], unreadable: [] })) as Finding[];
    expect(oneFile.map(f => f.line)).toEqual([2, 9]);
    expect(collators).not.toHaveBeenCalled();
    const files = ['đ.cchc', 'e.cchc', 'B.cchc', 'a.cchc', 'd.cchc'];
    const several = JSON.parse(formatJson({ findings: files.map(file => finding(file, 1)), unreadable: [] })) as Finding[];
    expect(several.map(f => f.file)).toEqual([...files].sort((a, b) => a.localeCompare(b)));
    expect(several.map(f => f.file)).toEqual(['a.cchc', 'B.cchc', 'd.cchc', 'đ.cchc', 'e.cchc']);
    formatJson({ findings: files.map(file => finding(file, 1)), unreadable: [] });
    expect(collators).toHaveBeenCalledTimes(1);
});
