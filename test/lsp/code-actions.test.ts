import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { URI } from 'langium';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import { readValue } from '../../packages/language/src/report/numbers.js';
import { defaultSettings } from '../../packages/language/src/settings.js';
import { report, testServices } from '../helpers.js';
import { applyEdits, openReport } from './lsp-helpers.js';

/** A template small enough that "insert all missing items" can be checked in full. */
const SMALL_TEMPLATE = `mau mau-nho "Mẫu nhỏ"
cap xa huyen
nhom 1 "Nhóm một"
chi-tieu 1.1 "Số việc" so-luong don-vi "Việc"
chi-tieu 1.2 "Số hồ sơ" so-luong {
    phan huyen "Tại cấp huyện" chi-cap huyen
    phan xa "Tại cấp xã"
}
chi-tieu 1.3 "Số thư" so-luong khong-bat-buoc
chi-tieu 2 "Có đối thoại" co-khong (0 "Không", 1 "Có")
`;

beforeAll(async () => {
    const shared = (await testServices()).shared;
    const document = shared.workspace.LangiumDocumentFactory.fromString(SMALL_TEMPLATE, URI.parse('memory:///mau-nho.cchct'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document]);
});

afterEach(async () => {
    Object.assign((await testServices()).report.cchc.Settings, defaultSettings());
});

interface Fixes {
    text: string;
    actions: CodeAction[];
}

/** The code actions offered for the diagnostics with `code` (or, with none, at `<|>`). */
async function actionsFor(textWithCursor: string, code?: string): Promise<Fixes> {
    const { document, services, offset } = await openReport(textWithCursor);
    const diagnostics: Diagnostic[] = code ? (document.diagnostics ?? []).filter(d => d.code === code) : [];
    if (code) expect(diagnostics, `no ${code} diagnostic`).not.toEqual([]);
    const cursor = document.textDocument.positionAt(Math.max(offset, 0));
    const range: Range = diagnostics[0]?.range ?? { start: cursor, end: cursor };
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range, context: { diagnostics }
    });
    return { text: document.textDocument.getText(), actions: (actions ?? []) as CodeAction[] };
}

/** The text after applying the action titled `title`. */
function apply({ text, actions }: Fixes, title: string): string {
    const action = actions.find(candidate => candidate.title === title);
    expect(action, `no action "${title}" among ${JSON.stringify(actions.map(a => a.title))}`).toBeDefined();
    return applyEdits(text, Object.values(action!.edit!.changes!)[0]);
}

const titles = ({ actions }: Fixes) => actions.map(action => action.title);

describe('sum-mismatch and derivable-total', () => {
    test('a total that is not the sum of its parts is set to the sum', async () => {
        const parts = '\n    tra-truc-tiep  3678\n    tra-bcci       0\n    md3            192\n    md4            136';
        const fixes = await actionsFor(report(`3.3.2   4203${parts}`), 'sum-mismatch');
        expect(fixes.actions).toMatchObject([{ title: 'Sửa tổng thành 4006 (= Σ các phần)', kind: 'quickfix', isPreferred: true }]);
        expect(apply(fixes, 'Sửa tổng thành 4006 (= Σ các phần)')).toBe(report(`3.3.2   4006${parts}`));
    });

    test('a part equal to the total: first set the part to the total minus the others, then the total to the sum', async () => {
        const parts = (direct: number) => `\n    truc-tiep.xa  ${direct}\n    bcci.xa       0\n    md3.xa        192\n    md4.xa        136`;
        const fixes = await actionsFor(report(`3.3.1   4203${parts(4203)}`), 'sum-mismatch');
        expect(fixes.actions.map(action => [action.title, action.isPreferred])).toEqual([
            ['Sửa dòng "Tiếp nhận trực tiếp" (truc-tiep.xa) thành 4203 − 0 − 192 − 136 = 3875', true],
            ['Sửa tổng thành 4531 (= Σ các phần)', false]
        ]);
        expect(apply(fixes, titles(fixes)[0])).toBe(report(`3.3.1   4203${parts(3875)}`));
        expect(apply(fixes, titles(fixes)[1])).toBe(report(`3.3.1   4531${parts(4203)}`));
    });

    test('on the seed report, the preferred fix of 3.3.1 sets the direct channel to 3875 and the sum then holds', async () => {
        const seed = readFileSync('examples/phuong-dien-bien-6-thang-2021.cchc', 'utf8');
        const { document, services } = await openReport(seed);
        const text = (d: Diagnostic) => typeof d.message === 'string' ? d.message : d.message.value;
        const diagnostic = (document.diagnostics ?? []).find(d => d.code === 'sum-mismatch' && text(d).startsWith('3.3.1:'))!;
        const actions = (await services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        })) as CodeAction[];
        const preferred = actions.find(action => action.isPreferred)!;
        expect(preferred.title).toBe('Sửa dòng "Tiếp nhận trực tiếp" (truc-tiep.xa) thành 4203 − 0 − 192 − 136 = 3875');
        const fixed = applyEdits(seed, Object.values(preferred.edit!.changes!)[0]);
        expect(fixed).toMatch(/^ {4}truc-tiep\.xa {2}3875$/m);
        const after = await openReport(fixed);
        expect((after.document.diagnostics ?? []).filter(d => d.code === 'sum-mismatch').map(d => text(d).split(':')[0])).toEqual(['3.3.2']);
    });

    test('a nested total (channel × level) too', async () => {
        const fixes = await actionsFor(report('3.3.1   10\n    truc-tiep     5\n    truc-tiep.xa  4\n    bcci.xa 0\n    md3.xa 0\n    md4.xa 0'), 'sum-mismatch');
        expect(apply(fixes, 'Sửa tổng thành 4 (= Σ các phần)'))
            .toBe(report('3.3.1   10\n    truc-tiep     4\n    truc-tiep.xa  4\n    bcci.xa 0\n    md3.xa 0\n    md4.xa 0'));
    });

    test('a blank total whose parts are all given is filled in', async () => {
        const fixes = await actionsFor(report('3.1.3 (xa 230)'), 'derivable-total');
        expect(fixes.actions).toMatchObject([{ title: 'Điền tổng 230 (= Σ các phần)', isPreferred: true }]);
        expect(apply(fixes, 'Điền tổng 230 (= Σ các phần)')).toBe(report('3.1.3 230 (xa 230)'));
    });
});

describe('upward-report', () => {
    test('"- Như trên;" is inserted first under noi-nhan', async () => {
        const text = (lines: string) => report('', { 'kinh-gui': 'UBND thành phố Thanh Hoá' }) + `noi-nhan\n${lines}- Lưu: VT, VP.\n`;
        const fixes = await actionsFor(text(''), 'upward-report');
        expect(fixes.actions).toMatchObject([{ title: 'Thêm "- Như trên;" ở đầu "Nơi nhận"', isPreferred: true }]);
        expect(apply(fixes, 'Thêm "- Như trên;" ở đầu "Nơi nhận"')).toBe(text('- Như trên;\n'));
    });
});

describe('missing-required', () => {
    test('the item is inserted after the item before it in code order', async () => {
        const fixes = await actionsFor(report('2.1 (xa 1)\n2.3 1'), 'missing-required');
        expect(apply(fixes, 'Thêm mục 2.2 "Số VBQPPL đã kiểm tra theo thẩm quyền"')).toBe(report('2.1 (xa 1)\n2.2\n2.3 1'));
    });

    test('an item with parts comes with its part lines; before every written item it goes right after phu-luc', async () => {
        const text = report('1.3 1', { mau: 'mau-nho' });
        const fixes = await actionsFor(text, 'missing-required');
        expect(apply(fixes, 'Thêm mục 1.2 "Số hồ sơ"')).toBe(report('1.2\n    xa\n1.3 1', { mau: 'mau-nho' }));
        expect(apply(fixes, 'Thêm mục 1.1 "Số việc"')).toBe(report('1.1\n1.3 1', { mau: 'mau-nho' }));
    });

    test('all missing items at once, each at its place', async () => {
        const fixes = await actionsFor(report('1.2 (xa 1)', { mau: 'mau-nho' }), 'missing-required');
        expect(titles(fixes)).toEqual(['Thêm mục 1.1 "Số việc"', 'Thêm tất cả 2 mục bắt buộc còn thiếu', 'Thêm mục 2 "Có đối thoại"', 'Thêm tất cả 2 mục bắt buộc còn thiếu']);
        expect(fixes.actions.map(action => action.isPreferred)).toEqual([true, false, true, false]);
        expect(apply(fixes, 'Thêm tất cả 2 mục bắt buộc còn thiếu')).toBe(report('1.1\n1.2 (xa 1)\n2', { mau: 'mau-nho' }));
    });

    test('phu-luc is created when the report has none: before noi-nhan, or at the end', async () => {
        const head = 'mau mau-nho\ncap huyen\n\nNội dung.\n';
        const withRecipients = await actionsFor(`${head}\nnoi-nhan\n- Lưu: VT.\n`, 'missing-required');
        expect(apply(withRecipients, 'Thêm tất cả 3 mục bắt buộc còn thiếu'))
            .toBe(`${head}\nphu-luc\n1.1\n1.2\n    huyen\n    xa\n2\n\nnoi-nhan\n- Lưu: VT.\n`);
        const atTheEnd = await actionsFor(head, 'missing-required');
        expect(apply(atTheEnd, 'Thêm mục 1.1 "Số việc"')).toBe(`${head}\nphu-luc\n1.1\n`);
    });

    test('no insertion for an item already written without a value', async () => {
        const fixes = await actionsFor(report('1.1\n1.2 (xa 1)\n2 1', { mau: 'mau-nho' }), 'missing-required');
        expect(fixes.actions).toEqual([]);
    });
});

describe('missing-required beyond the first hundred', () => {
    /** 150 required rows; a report that writes only the first misses 149: 100 listed, then one finding for the rest. */
    const LONG_TEMPLATE = `mau mau-dai "Mẫu dài"\ncap xa\nnhom 1 "Nhóm"\n`
        + Array.from({ length: 150 }, (_, i) => `chi-tieu 1.${i + 1} "Mục ${i + 1}" so-luong\n`).join('');

    beforeAll(async () => {
        const shared = (await testServices()).shared;
        const document = shared.workspace.LangiumDocumentFactory.fromString(LONG_TEMPLATE, URI.parse('memory:///mau-dai.cchct'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document]);
    });

    test('the rest is one finding, whose fix inserts every missing item', async () => {
        const text = report('1.1 5', { mau: 'mau-dai' });
        const { document, services } = await openReport(text);
        const missing = (document.diagnostics ?? []).filter(d => d.code === 'missing-required');
        expect(missing).toHaveLength(101);
        expect(missing.slice(0, 100).map(d => (d.data as Record<string, unknown>).indicator))
            .toEqual(Array.from({ length: 100 }, (_, i) => `1.${i + 2}`));
        const rest = missing[100];
        expect(rest).toMatchObject({
            message: 'Còn thiếu 49 mục bắt buộc khác, từ 1.102 đến 1.150: cấp xã phải báo cáo các mục này',
            range: { start: { line: 11, character: 0 }, end: { line: 12, character: 5 } },
            data: { code: 'missing-required', indicator: '1.102', after: '1.1', more: 49 }
        });
        const actions = (await services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: rest.range, context: { diagnostics: [rest] }
        }) ?? []) as CodeAction[];
        const fixes = { text, actions };
        expect(titles(fixes)).toEqual(['Thêm mục 1.102 "Mục 102"', 'Thêm tất cả 149 mục bắt buộc còn thiếu']);
        const all = Array.from({ length: 150 }, (_, i) => i === 0 ? '1.1 5' : `1.${i + 1}`).join('\n');
        expect(apply(fixes, 'Thêm tất cả 149 mục bắt buộc còn thiếu')).toBe(report(all, { mau: 'mau-dai' }));
    });
});

describe('codes', () => {
    test('unknown-indicator: one fix per nearest code', async () => {
        const fixes = await actionsFor(report('3.3.9 5'), 'unknown-indicator');
        expect(titles(fixes)).toEqual([
            'Đổi thành 3.3.1 "Số lượng hồ sơ đã tiếp nhận"',
            'Đổi thành 3.3.2 "Số lượng hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn"',
            'Đổi thành 3.3.3 "Số lượng hồ sơ TTHC về lĩnh vực đất đai được giải quyết đúng hẹn"'
        ]);
        expect(fixes.actions.some(action => action.isPreferred)).toBe(false);
        expect(apply(fixes, titles(fixes)[1])).toBe(report('3.3.2 5'));
    });

    test('unknown-indicator in a citation', async () => {
        const fixes = await actionsFor(report('3.3.2 5', {}, 'Đã giải quyết {3.3.7} hồ sơ.'), 'unknown-indicator');
        expect(apply(fixes, 'Đổi thành 3.3.1 "Số lượng hồ sơ đã tiếp nhận"')).toBe(report('3.3.2 5', {}, 'Đã giải quyết {3.3.1} hồ sơ.'));
    });

    test('duplicate-code: the second 3.3.1 becomes 3.3.1b', async () => {
        const fixes = await actionsFor(report('3.3.1 4203\n3.3.1 10', { cap: 'huyen' }), 'duplicate-code');
        expect(fixes.actions).toMatchObject([{ isPreferred: true }]);
        expect(apply(fixes, titles(fixes)[0])).toBe(report('3.3.1 4203\n3.3.1b 10', { cap: 'huyen' }));
    });
});

describe('values', () => {
    test('number-format: an English decimal point in a percentage becomes a comma, the value unchanged', async () => {
        const fixes = await actionsFor(report('4.2.5 0.125%'), 'number-format');
        expect(fixes.actions).toMatchObject([{ title: 'Viết thành 0,125%', isPreferred: true }]);
        expect(apply(fixes, 'Viết thành 0,125%')).toBe(report('4.2.5 0,125%'));
        expect(apply(await actionsFor(report('4.2.5 12.500%'), 'number-format'), 'Viết thành 12,500%')).toBe(report('4.2.5 12,500%'));
    });

    test('no number-format quick fix changes the magnitude of a value (property over generated numbers)', async () => {
        const number = fc.tuple(fc.nat({ max: 1_000_000 }), fc.option(fc.stringMatching(/^\d{1,4}$/)), fc.boolean(), fc.boolean(), fc.constantFrom('%', ' %', ''))
            .map(([whole, fraction, grouped, point, percent]) => {
                // 1234567 → `1.234.567`: dots between thousands, as Vietnamese writes them.
                const digits = grouped ? String(whole).replace(/\B(?=(\d{3})+$)/g, '.') : String(whole);
                return `${digits}${fraction === null ? '' : `${point ? '.' : ','}${fraction}`}${percent}`;
            });
        let fixed = 0;
        await fc.assert(fc.asyncProperty(number, fc.constantFrom('4.2.5', '4.2.1'), async (written, code) => {
            const row = code === '4.2.5' ? { kind: 'percent' } : { kind: 'count' };
            const { document, services } = await openReport(report(`${code} ${written}`));
            const diagnostics = (document.diagnostics ?? []).filter(d => d.code === 'number-format');
            const actions = (await services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                context: { diagnostics }
            }) ?? []) as CodeAction[];
            const before = readValue(written, row);
            for (const action of actions.filter(a => a.kind === 'quickfix')) {
                const edited = applyEdits(document.textDocument.getText(), Object.values(action.edit!.changes!)[0]);
                const after = readValue(edited.split('\n').find(line => line.startsWith(code))!.slice(code.length + 1), row);
                expect(after, `${written} → ${action.title}`).toEqual({ ...before, decimalPoint: false });
                fixed++;
            }
        }), { numRuns: 150, seed: 20261129 });
        expect(fixed).toBeGreaterThan(10);
    });

    test('choice: a label without its diacritics is matched; every option is offered', async () => {
        const fixes = await actionsFor(report('1.3.2 Phat phieu'), 'choice');
        expect(titles(fixes)).toEqual(['Chọn 0 = Trực tuyến', 'Chọn 1 = Phát phiếu', 'Chọn 2 = Kết hợp']);
        expect(fixes.actions.map(action => action.isPreferred)).toEqual([false, true, false]);
        expect(apply(fixes, 'Chọn 1 = Phát phiếu')).toBe(report('1.3.2 Phát phiếu'));
    });

    test('choice: an unknown code is replaced by a code', async () => {
        expect(apply(await actionsFor(report('1.3.2 5'), 'choice'), 'Chọn 2 = Kết hợp')).toBe(report('1.3.2 2'));
    });

    test('a valid choice: code to label and label to code, as a refactoring', async () => {
        const byCode = await actionsFor(report('1.3.2 <|>1'));
        expect(byCode.actions).toMatchObject([{ title: 'Viết nhãn "Phát phiếu" thay cho mã 1', kind: 'refactor.rewrite' }]);
        expect(apply(byCode, 'Viết nhãn "Phát phiếu" thay cho mã 1')).toBe(report('1.3.2 Phát phiếu'));
        expect(apply(await actionsFor(report('1.4 C<|>ó')), 'Viết mã 1 thay cho "Có"')).toBe(report('1.4 1'));
        expect(apply(await actionsFor(report('7.1 <|>1')), 'Viết nhãn "2 cấp" thay cho mã 1')).toBe(report('7.1 2 cấp'));
        expect((await actionsFor(report('3.3.2 <|>42'))).actions).toEqual([]);
    });

    test('group-value: the value goes, the row stays', async () => {
        const fixes = await actionsFor(report('3.3 4203\n3.3.2 5'), 'group-value');
        expect(fixes.actions).toMatchObject([{ title: 'Bỏ số liệu ở dòng nhóm 3.3', isPreferred: true }]);
        expect(apply(fixes, 'Bỏ số liệu ở dòng nhóm 3.3')).toBe(report('3.3\n3.3.2 5'));
    });
});

describe('invisible-character', () => {
    test('the character goes, and with several, all of them at once', async () => {
        const one = await actionsFor(report('3.3.\u200b2 12'), 'invisible-character');
        expect(one.actions).toMatchObject([{ title: 'Xoá ký tự ẩn', isPreferred: true }]);
        expect(apply(one, 'Xoá ký tự ẩn')).toBe(report('3.3.2 12'));
        const several = await actionsFor(report('3.3.\u200b2 1\u20602 (tra-truc\u00ad-tiep 12)'), 'invisible-character');
        // One pair per diagnostic asked about (all three are here).
        expect(titles(several)).toEqual(Array(3).fill(['Xoá ký tự ẩn', 'Xoá tất cả 3 ký tự ẩn trong tệp']).flat());
        expect(apply(several, 'Xoá tất cả 3 ký tự ẩn trong tệp')).toBe(report('3.3.2 12 (tra-truc-tiep 12)'));
    });
});

describe('not-applicable', () => {
    test('an item the level does not report goes with its lines', async () => {
        const fixes = await actionsFor(report('7.6.1 1\n7.6.3 1'), 'not-applicable');
        expect(apply(fixes, 'Bỏ số liệu 7.6.1 (cấp này không báo cáo)')).toBe(report('7.6.3 1'));
    });

    test('a part in parentheses goes with its separator; a part line goes whole', async () => {
        const inline = await actionsFor(report('3.1.3 235 (huyen 5; xa 230)'), 'not-applicable');
        expect(apply(inline, 'Bỏ số liệu 3.1.3.huyen (cấp này không báo cáo)')).toBe(report('3.1.3 235 (xa 230)'));
        const last = await actionsFor(report('3.1.3 235 (xa 230; huyen 5)'), 'not-applicable');
        expect(apply(last, 'Bỏ số liệu 3.1.3.huyen (cấp này không báo cáo)')).toBe(report('3.1.3 235 (xa 230)'));
        const alone = await actionsFor(report('3.1.3 235 (huyen 5)'), 'not-applicable');
        expect(apply(alone, 'Bỏ số liệu 3.1.3.huyen (cấp này không báo cáo)')).toBe(report('3.1.3 235'));
        const line = await actionsFor(report('3.1.3 230\n    huyen 5\n    xa 230'), 'not-applicable');
        expect(apply(line, 'Bỏ số liệu 3.1.3.huyen (cấp này không báo cáo)')).toBe(report('3.1.3 230\n    xa 230'));
    });
});

describe('titles in English', () => {
    test('when messages are in English', async () => {
        Object.assign((await testServices()).report.cchc.Settings, { messageLanguage: 'en' });
        expect(titles(await actionsFor(report('3.1.3 (xa 230)'), 'derivable-total'))).toEqual(['Fill in the total 230 (= Σ of the parts)']);
        expect(titles(await actionsFor(report('4.2.5 12.5%'), 'number-format'))).toEqual(['Write it as 12,5%']);
        expect(titles(await actionsFor(report('1.3.2 <|>1')))).toEqual(['Write the label "Phát phiếu" instead of code 1']);
    });
});
