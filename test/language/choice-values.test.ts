import { expect, test, vi } from 'vitest';
import type { Value } from '../../packages/language/src/generated/ast.js';
import { matchChoice } from '../../packages/language/src/report/choice-values.js';

const OPTIONS = [{ value: 1, label: 'Đã kết nối' }, { value: 0, label: 'Chưa ketnoi' }];
const written = (raw: string) => ({ $type: 'RawValue', raw }) as unknown as Value;

test('a choice written as a label names its option, however cased and spaced', () => {
    expect(matchChoice(written('  chưa   KETNOI '), OPTIONS)).toEqual({ option: OPTIONS[1], byCode: false });
    expect(matchChoice(written('Đã kết nối'), OPTIONS)).toEqual({ option: OPTIONS[0], byCode: false });
    expect(matchChoice(written('0'), OPTIONS)).toEqual({ option: OPTIONS[1], byCode: true });
    expect(matchChoice(written('Không'), OPTIONS)).toBeUndefined();
});

/** `cchc tong-hop` reads a choice in each of 3,321 reports: the template's labels are folded once, not once per value. */
test('reading a choice folds the value once and each option label once per template', () => {
    const options = OPTIONS.map(option => ({ ...option }));
    const fold = vi.spyOn(String.prototype, 'toLocaleLowerCase');
    for (let i = 0; i < 10; i++) matchChoice(written('Chưa kết nối'), options);
    expect(fold).toHaveBeenCalledTimes(10 + options.length);
    fold.mockRestore();
});
