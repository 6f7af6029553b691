import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validate, type Found } from '../helpers.js';

const SEED = 'examples/phuong-dien-bien-6-thang-2021.cchc';
const CORRECTED = 'examples/phuong-dien-bien-6-thang-2021-da-sua.cchc';
const DISTRICT = 'examples/huyen-quang-xuong-nam-2022.cchc';

function read(file: string): string {
    return readFileSync(file, 'utf8');
}

/** 1-based number of the line matching `pattern` (the `nth` match), to assert positions without hard-coding them. */
function lineOf(text: string, pattern: RegExp, nth = 1): number {
    const lines = text.split('\n');
    let seen = 0;
    for (let i = 0; i < lines.length; i++) {
        if (pattern.test(lines[i]) && ++seen === nth) return i + 1;
    }
    throw new Error(`no line ${nth} matches ${pattern}`);
}

function at(found: Found[], code: string, line: number): Found | undefined {
    return found.find(f => f.code === code && f.line === line);
}

describe('the seed report, transcribed as printed', async () => {
    const text = read(SEED);
    const { found } = await validate(text);

    test('has no syntax error', () => {
        expect(found.filter(f => f.code === 'syntax')).toEqual([]);
    });

    test('3.3.1 and 3.3.2 do not add up', () => {
        const received = at(found, 'sum-mismatch', lineOf(text, /^3\.3\.1\s/));
        expect(received?.message).toBe('3.3.1: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 4203 + 0 + 192 + 136 = 4531;'
            + ' tổng ít hơn 328; dòng "Tiếp nhận trực tiếp" ghi đúng bằng tổng, có thể đã chép nhầm tổng vào dòng này');
        expect(received?.data?.part).toMatchObject({ path: 'truc-tiep.xa', value: 3875 });
        expect(at(found, 'sum-mismatch', lineOf(text, /^3\.3\.2\s/))?.message)
            .toBe('3.3.2: tổng ghi 4203 nhưng cộng các dòng "Trong đó" được 3678 + 0 + 192 + 136 = 4006; tổng lớn hơn 197');
        expect(found.filter(f => f.code === 'sum-mismatch')).toHaveLength(2);
    });

    test('the second 3.3.1 is a duplicate pointing to 3.3.1b', () => {
        expect(at(found, 'duplicate-code', lineOf(text, /^3\.3\.1\.?(\s|$)/, 2))?.data).toMatchObject({ suggestions: ['3.3.1b'] });
    });

    test('1.2.2 holds text instead of a number, and that text claims 100% online', () => {
        const line = lineOf(text, /^1\.2\.2\s/);
        expect(at(found, 'not-a-number', line)).toBeDefined();
        expect(at(found, 'plausibility', line)?.message).toBe('Lời văn nêu 100% hồ sơ trực tuyến, nhưng theo phụ lục tỷ lệ hồ sơ tiếp nhận trực tuyến chỉ là (192 + 136)/4203 = 7,8%');
    });

    test('1.1.1 and 1.1.2 hold the printed per-area lists, not totals the seed never wrote', () => {
        expect(found.filter(f => f.code === 'not-a-number').map(f => f.line))
            .toEqual([lineOf(text, /^1\.1\.1\s/), lineOf(text, /^1\.1\.2\s/), lineOf(text, /^1\.2\.2\s/)]);
        expect(text).not.toMatch(/^1\.1\.[12]\s+\d/m);
    });

    test('no parent-agency line above a UBND, no machine path', () => {
        for (const file of [SEED, CORRECTED, DISTRICT]) expect(read(file)).not.toMatch(/co-quan-cap-tren|\/work\//);
    });

    test('values on the group rows 3.3, 3.4 and 7.3', () => {
        expect(found.filter(f => f.code === 'group-value').map(f => f.line)).toEqual(
            [lineOf(text, /^3\.3\s/), lineOf(text, /^3\.4\s/), lineOf(text, /^7\.3\s/)]);
    });

    test('section 2 is left empty: written, still to fill', () => {
        const missing = found.filter(f => f.code === 'to-fill');
        expect(missing.map(f => f.data?.indicator)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5']);
        expect(missing.map(f => f.line)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5'].map(code => lineOf(text, new RegExp(`^${code.replace('.', '\\.')}\\.?(\\s|$)`))));
    });

    test('7.6.1 is filled although communes do not report it', () => {
        expect(found.filter(f => f.code === 'not-applicable').map(f => f.line)).toEqual([lineOf(text, /^7\.6\.1\s/)]);
    });

    test('the decree with the wrong year and the plan number used twice', () => {
        const references = found.filter(f => f.code === 'doc-reference');
        expect(references.map(f => f.line)).toEqual([lineOf(text, /Kế hoạch số 09\/KH\s*–\s*UBND/), lineOf(text, /Nghị định số 45\/2002/)]);
        expect(references.map(f => f.message)).toEqual([
            'Số, ký hiệu 09/KH-UBND đã được dẫn cho văn bản ngày 25/01/2021, nay lại dẫn cho văn bản ngày 27/4/2021'
                + ' — kiểm tra lại (nếu là văn bản của cơ quan khác, ghi rõ cơ quan ban hành)',
            '"Nghị định số 45/2002/NĐ-CP": số, ký hiệu ghi năm 2002 nhưng ngày ban hành là 08/4/2020; kiểm tra lại số, ký hiệu hoặc ngày'
        ]);
    });

    test('totals left blank whose parts are all given', () => {
        const derivable = found.filter(f => f.code === 'derivable-total').map(f => [f.message.split(' ')[0], f.data?.value]);
        expect(derivable).toEqual(expect.arrayContaining([['3.1.3', 230], ['3.2.4', 65], ['3.4.1', 4203], ['3.4.2', 4203]]));
    });

    test('the archive line of the recipients', () => {
        expect(found.filter(f => f.code === 'recipients-archive').map(f => f.line)).toEqual([lineOf(text, /^- Lưu VP/)]);
    });

    test('nothing else', () => {
        const expected = new Set(['sum-mismatch', 'duplicate-code', 'not-a-number', 'plausibility', 'group-value', 'to-fill',
            'not-applicable', 'doc-reference', 'derivable-total', 'recipients-archive']);
        expect(found.filter(f => !expected.has(f.code))).toEqual([]);
    });
});

describe('the corrected copy and the district report', () => {
    test.each([CORRECTED, DISTRICT])('%s checks clean', async file => {
        expect((await validate(read(file))).found).toEqual([]);
    });

    test('the district report fills the nested channel × level parts and its sums hold', async () => {
        const text = read(DISTRICT);
        expect(text).toMatch(/^cap huyen/m);
        for (const channel of ['truc-tiep', 'bcci', 'md3', 'md4']) {
            expect(text).toMatch(new RegExp(`${channel}\\.huyen\\s+\\d`));
            expect(text).toMatch(new RegExp(`${channel}\\.xa\\s+\\d`));
        }
        const broken = text.replace(/^(3\.3\.1\s+)(\d+)/m, (_, prefix: string, total: string) => `${prefix}${Number(total) + 1}`);
        expect((await validate(broken)).found.map(f => f.code)).toEqual(['sum-mismatch']);
    });
});
