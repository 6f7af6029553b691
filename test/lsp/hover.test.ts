import { afterEach, describe, expect, test } from 'vitest';
import { defaultSettings } from '../../packages/language/src/settings.js';
import { testServices } from '../helpers.js';
import { report } from '../helpers.js';
import { openReport } from './lsp-helpers.js';

/** The hover markdown at `<|>`, or undefined. */
async function hover(text: string): Promise<string | undefined> {
    const { document, services, offset } = await openReport(text);
    const result = await services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset)
    });
    return (result?.contents as { value: string } | undefined)?.value;
}

const APPENDIX_331 = '3.<|>3.1   4203\n    truc-tiep.xa  4203\n    bcci.xa       0\n    md3.xa        192\n    md4.xa        136';

describe('hover on a code', () => {
    test('3.3.1 in a commune report: name, unit, kind, the commune\'s parts, Σ of the parts, levels, rules as sentences, template and footnote', async () => {
        expect(await hover(report(APPENDIX_331))).toBe([
            '**3.3.1** Số lượng hồ sơ đã tiếp nhận',
            'Đơn vị tính: Số lượng hồ sơ · Loại: số lượng',
            'Trong đó:\n' +
            '- `truc-tiep` Tiếp nhận trực tiếp\n' +
            '  - `truc-tiep.xa` - Cấp xã\n' +
            '- `bcci` Tiếp nhận qua BCCI\n' +
            '  - `bcci.xa` - Cấp xã\n' +
            '- `md3` Tiếp nhận trực tuyến mức độ 3\n' +
            '  - `md3.xa` - Cấp xã\n' +
            '- `md4` Tiếp nhận trực tuyến mức độ 4\n' +
            '  - `md4.xa` - Cấp xã',
            'Σ các phần = 4203 + 0 + 192 + 136 = 4531 (tổng đang ghi: 4203)',
            'Cấp báo cáo: cấp xã, cấp huyện; bắt buộc với cấp xã, cấp huyện',
            'Quy tắc của mẫu:\n' +
            '- Số lượng hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn (3.3.2) không vượt quá số lượng hồ sơ đã tiếp nhận, cấp xã (3.3.1)\n' +
            '- Tỷ lệ % lời văn nêu cùng "hồ sơ", "trực tuyến" (trừ câu có "TTHC", "thủ tục", "thanh toán", "số hóa") được đối chiếu với (3.3.1.md3 + 3.3.1.md4) / (3.3.1)',
            'Mẫu tp-thanh-hoa-2021 · Chú thích 2: Văn phòng HĐND&UBND thành phố báo cáo số liệu thực hiện tại Bộ phận Một cửa thành phố.'
        ].join('\n\n'));
    });

    test('the Σ says when it matches the total, and when the total is blank', async () => {
        expect(await hover(report('3.1.<|>3   230 (xa 230)'))).toContain('Σ các phần = 230 (khớp với tổng đang ghi)');
        expect(await hover(report('3.1.<|>3   (xa 230)'))).toContain('Σ các phần = 230 (tổng để trống)');
        expect(await hover(report('3.3.<|>1   4203\n    truc-tiep.xa  4203'))).not.toContain('Σ');
    });

    test('a choice item lists its options; a district-only item says the commune does not report it', async () => {
        const choice = await hover(report('1.3.<|>2   1'));
        expect(choice).toContain('\n\nLoại: lựa chọn\n\n');
        expect(choice).toContain('Lựa chọn: 0 = Trực tuyến; 1 = Phát phiếu; 2 = Kết hợp');
        expect(await hover(report('7.6.<|>1   1'))).toContain('Cấp báo cáo: cấp huyện; bắt buộc với cấp huyện — cấp xã không phải báo cáo mục này');
        expect(await hover(report('1.3.<|>2   1'))).toContain('Cấp báo cáo: cấp xã, cấp huyện; bắt buộc với cấp xã, cấp huyện khi 1.3.1 > 0');
    });

    test('a citation in the narrative shows the item and the figure it stands for', async () => {
        const text = await hover(report('3.1.3   (xa 230)', {}, 'Đang áp dụng {3.1<|>.3} thủ tục.'));
        expect(text).toMatch(/^Số liệu trong phụ lục: \*\*230\*\*\n\n\*\*3\.1\.3\*\* Tổng số TTHC đang áp dụng\n/);
    });

    test('nothing on a code the template does not have, nor on a value', async () => {
        expect(await hover(report('3.3.<|>9   5'))).toBeUndefined();
        expect(await hover(report('3.3.2   42<|>00'))).toBeUndefined();
    });
});

describe('hover on a part path', () => {
    test('the part\'s name, unit and item', async () => {
        expect(await hover(report('3.3.1   4203\n    truc-<|>tiep.xa  4203'))).toBe([
            '**3.3.1.truc-tiep.xa** - Cấp xã',
            'Đơn vị tính: Số lượng hồ sơ · Loại: số lượng',
            'Phần "Trong đó" của 3.3.1 Số lượng hồ sơ đã tiếp nhận'
        ].join('\n\n'));
    });

    test('an inline part, and a part of a percentage counted apart', async () => {
        expect(await hover(report('3.1.3   230 (x<|>a 230)'))).toBe([
            '**3.1.3.xa** Số TTHC cấp xã',
            'Đơn vị tính: Thủ tục · Loại: số lượng',
            'Phần "Trong đó" của 3.1.3 Tổng số TTHC đang áp dụng'
        ].join('\n\n'));
        expect(await hover(report('7.3.3   300\n    ty-le-<|>dien-tu  100%')))
            .toContain('Loại: tỷ lệ %');
    });

    test('a cited part', async () => {
        expect(await hover(report('3.1.3   (xa 230)', {}, 'Cấp xã: {3.1.3.x<|>a} thủ tục.')))
            .toBe([
                'Số liệu trong phụ lục: **230**',
                '**3.1.3.xa** Số TTHC cấp xã',
                'Đơn vị tính: Thủ tục · Loại: số lượng',
                'Phần "Trong đó" của 3.1.3 Tổng số TTHC đang áp dụng'
            ].join('\n\n'));
    });
});

describe('hover in the report\'s level and the user\'s language', () => {
    afterEach(async () => {
        Object.assign((await testServices()).report.cchc.Settings, defaultSettings());
    });

    test('a district report shows the district parts and the rule on them', async () => {
        const text = await hover(report('3.<|>3.1   4203', { cap: 'huyen' }));
        expect(text).toContain('Trong đó:\n- `truc-tiep` Tiếp nhận trực tiếp\n  - `truc-tiep.huyen` - Cấp huyện\n  - `truc-tiep.xa` - Cấp xã\n');
        expect(text).toContain('\n- Số lượng hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hẹn (3.3.1b) không vượt quá số lượng hồ sơ đã tiếp nhận, cấp huyện (3.3.1)\n');
    });

    test('with cchc.messages.language en: the code, its rules and a citation in English', async () => {
        Object.assign((await testServices()).report.cchc.Settings, { messageLanguage: 'en' });
        expect(await hover(report('3.1.<|>3   230 (xa 230)'))).toBe([
            '**3.1.3** Tổng số TTHC đang áp dụng',
            'Unit: Thủ tục · Kind: count',
            'Of which:\n- `xa` Số TTHC cấp xã',
            'Σ of the parts = 230 (matches the written total)',
            'Levels: commune level, district level; required at commune level, district level',
            'Template rules:\n' +
            '- Số TTHC đưa vào thực hiện theo cơ chế một cửa tại cấp xã (3.2.2) is at most tổng số TTHC đang áp dụng, số TTHC cấp xã (3.1.3.xa)\n' +
            '- Tổng số TTHC cung cấp trực tuyến mức độ 3 (7.5.1) plus tổng số TTHC cung cấp trực tuyến mức độ 4 (7.5.2) is at most tổng số TTHC đang áp dụng (3.1.3)',
            'Template tp-thanh-hoa-2021 · Footnote 2: Văn phòng HĐND&UBND thành phố báo cáo số liệu thực hiện tại Bộ phận Một cửa thành phố.'
        ].join('\n\n'));
        expect(await hover(report('3.1.3   (xa 230)', {}, 'Cấp xã: {3.1.3.x<|>a} thủ tục.'))).toBe([
            'Figure in the appendix: **230**',
            '**3.1.3.xa** Số TTHC cấp xã',
            'Unit: Thủ tục · Kind: count',
            'Part of 3.1.3 Tổng số TTHC đang áp dụng'
        ].join('\n\n'));
        expect(await hover(report('3.3.1   4203', {}, 'Tiếp nhận {3.<|>3.1} hồ sơ; {3.5} văn bản.')))
            .toMatch(/^Figure in the appendix: \*\*4\.203\*\*\n\n\*\*3\.3\.1\*\* /);
        expect(await hover(report('3.3.1   4203', {}, 'Tiếp nhận {3.3.1} hồ sơ; {3.<|>5} văn bản.')))
            .toMatch(/^Figure in the appendix: \*\*none yet\*\*\n\n\*\*3\.5\*\* /);
        expect(await hover(report('7.6.<|>1   1'))).toContain('Levels: district level; required at district level — not reported at commune level');
    });
});

describe('hover on a header keyword', () => {
    afterEach(async () => {
        Object.assign((await testServices()).report.cchc.Settings, defaultSettings());
    });

    test('says what the keyword is and what to write after it, in the messages\' language', async () => {
        const text = report('').replace('ngay 05/6/2021', 'ng<|>ay ');
        expect(await hover(text)).toBe('**ngay** — ngày ban hành, dd/mm/yyyy\n\n'
            + 'Ngày ban hành, dd/mm/yyyy, vd. `ngay 05/6/2021`; theo Nghị định 30/2020 ngày dưới 10 và tháng 1, 2 ghi thêm số 0.');
        (await testServices()).report.cchc.Settings.messageLanguage = 'en';
        expect(await hover(report('').replace('so 15', 's<|>o 15'))).toMatch(/^\*\*so\*\* — the document number, e\.g\. 15\/BC-UBND\n\nThe report's number/);
    });

    test('also without a template, and nothing on the value', async () => {
        expect(await hover(report('', { mau: '' }).replace('cap xa', 'c<|>ap xa'))).toMatch(/^\*\*cap\*\* — cấp báo cáo/);
        expect(await hover(report('').replace('cap xa', 'cap x<|>a'))).toBeUndefined();
    });
});
