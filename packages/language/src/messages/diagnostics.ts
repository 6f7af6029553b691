import type { HeaderKey, Level } from '../generated/ast.js';
import type { ChoiceOption, ValueKind } from '../template/catalog.js';
import { KIND_LABELS, LEVEL_LABELS, periodName, type PeriodName } from './labels.js';
import type { MessageLanguage } from '../settings.js';
import type { Message } from './message.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic code: its default severity, whether a quick fix reads its `data`, and its message. */
export interface DiagnosticSpec<P = void, D = never> extends Message<P> {
    severity: Severity;
    fixable: boolean;
    /** Shown faded (`DiagnosticTag.Unnecessary`): something still to do, not something wrong. */
    faded?: boolean;
    /** Never set: carries the type of the diagnostic's `data`, which the check writes and its quick fix reads. */
    readonly data?: D;
}

/** `P`: the message's parameters; `D`: the `data` a quick fix reads (`never`: none). */
function diagnostic<P = void, D = never>(spec: Omit<DiagnosticSpec<P, D>, 'data'>): DiagnosticSpec<P, D> {
    return spec;
}

/** A sum as a message writes it: its terms, then `= total` when there are several. */
export interface SumText {
    terms: string[];
    total: string;
}

/** A sum-mismatch's fix when one part equals the total: the written part to set, and its new value's working. */
export interface PartFix {
    indicator: string;
    path: string;
    title: string;
    value: number;
    working: string;
}

/** Where an invisible character stands: the kind of token (as the lexer names it) and its text. */
export interface TokenPlace {
    token: string;
    text: string;
}

/** The day after `LAST_DAY_OF_DISTRICTS` (`report/districts.ts`), as the messages write it. */
const DISTRICTS_ENDED = { vi: '01/7/2025', en: '1 July 2025' };

const HEADER_FIELDS: Partial<Record<HeaderKey, { vi: string; en: string }>> = {
    cap: { vi: 'cấp báo cáo (cap xa / cap huyen)', en: 'the level (cap xa / cap huyen)' },
    ky: { vi: 'kỳ báo cáo (vd. ky 6-thang 2021)', en: 'the period (e.g. ky 6-thang 2021)' },
    'co-quan': { vi: 'cơ quan ban hành (co-quan …)', en: 'the issuing agency (co-quan …)' },
    so: { vi: 'số, ký hiệu văn bản (so …/BC-UBND)', en: 'the document number and symbol (so …/BC-UBND)' },
    'dia-danh': { vi: 'địa danh (dia-danh …)', en: 'the place (dia-danh …)' },
    ngay: { vi: 'ngày ban hành (ngay dd/mm/yyyy)', en: 'the date (ngay dd/mm/yyyy)' },
    'tieu-de': { vi: 'trích yếu (tieu-de …)', en: 'the subject (tieu-de …)' }
};

/**
 * Every diagnostic cchc reports, by its stable code. Adding a diagnostic is one entry here (its check then accepts
 * `{ code, node, params, data }`, all typed by this entry); the messages are written nowhere else.
 */
export const DIAGNOSTICS = {
    // The text itself
    encoding: diagnostic<void, Record<never, never>>({
        severity: 'error', fixable: true,
        vi: () => 'Tệp không phải UTF-8; có thể là Windows-1258/TCVN3/VNI: chữ từ đây không đọc được (�). Hãy chuyển mã sang UTF-8 ("Chuyển mã sang UTF-8" hoặc cchc convert <tệp> --from windows-1258|tcvn3|vni); các kiểm tra khác chạy khi tệp đọc được',
        en: () => 'The file is not UTF-8 (perhaps Windows-1258, TCVN3 or VNI): the text from here cannot be read (�). Convert it to UTF-8 ("Convert to UTF-8" or cchc convert <file> --from windows-1258|tcvn3|vni); the other checks run once the file can be read'
    }),
    'legacy-encoding': diagnostic<{ font: string; name: string; word: string; converted: string; count: number }, { from: string }>({
        severity: 'warning', fixable: true,
        vi: p => `Văn bản có vẻ được gõ bằng phông ${p.name} vào tệp Unicode: "${p.word}" là "${p.converted}" (${p.count} từ như vậy). Hãy chuyển mã ("Chuyển mã sang UTF-8" hoặc cchc convert <tệp> --from ${p.font})`,
        en: p => `The text looks typed with a ${p.name} font into a Unicode file: "${p.word}" reads "${p.converted}" (${p.count} such words). Convert it ("Convert to UTF-8" or cchc convert <file> --from ${p.font})`
    }),
    syntax: diagnostic<{ detail: string }>({
        severity: 'error', fixable: false,
        vi: p => `Lỗi cú pháp: ${p.detail}`,
        en: p => `Syntax error: ${p.detail}`
    }),
    'nesting-too-deep': diagnostic<{ max: number }>({
        severity: 'error', fixable: false,
        vi: p => `Các phần lồng nhau sâu quá ${p.max} cấp; các phần sâu hơn bị bỏ qua`,
        en: p => `Parts nest deeper than ${p.max} levels; the deeper ones are ignored`
    }),
    'invisible-character': diagnostic<{ name: string; place?: TokenPlace }>({
        severity: 'warning', fixable: true,
        vi: p => `Ký tự ẩn ${p.name} ${placeVi(p.place)} (thường lẫn vào khi dán từ trang web, PDF); hãy xoá ký tự này`,
        en: p => `Invisible character ${p.name} ${placeEn(p.place)} (it often comes with text pasted from web pages or PDFs); remove it`
    }),

    // The header
    'missing-template': diagnostic({
        severity: 'error', fixable: false,
        vi: () => 'Chưa chọn mẫu báo cáo: thêm dòng "mau <mã mẫu>" ở đầu tệp, vd. "mau tp-thanh-hoa-2021"',
        en: () => 'No template chosen: add a line "mau <template id>" at the top, e.g. "mau tp-thanh-hoa-2021"'
    }),
    'unknown-template': diagnostic<{ template: string }>({
        severity: 'error', fixable: false,
        vi: p => `Không có mẫu báo cáo "${p.template}"`,
        en: p => `There is no template "${p.template}"`
    }),
    'header-missing': diagnostic<{ field: HeaderKey }, { field: HeaderKey }>({
        severity: 'warning', fixable: true,
        vi: p => `Phần đầu báo cáo thiếu ${HEADER_FIELDS[p.field]?.vi ?? p.field}`,
        en: p => `The header lacks ${HEADER_FIELDS[p.field]?.en ?? p.field}`
    }),
    'header-duplicate': diagnostic<{ key: string }>({
        severity: 'warning', fixable: false,
        vi: p => `Dòng "${p.key}" đã có ở trên; chỉ dòng đầu được dùng`,
        en: p => `"${p.key}" is given twice; only the first is used`
    }),
    'invalid-level': diagnostic<{ written: string } | { template: string; level: Level; levels: Level[] }>({
        severity: 'error', fixable: false,
        vi: p => 'written' in p
            ? `Cấp báo cáo "${p.written}" không rõ; ghi "xa", "huyen" hoặc "tinh"`
            : `Mẫu ${p.template} không dùng cho cấp "${p.level}" (chỉ: ${p.levels.join(', ')})`,
        en: p => 'written' in p
            ? `Unknown level "${p.written}"; write "xa", "huyen" or "tinh"`
            : `Template ${p.template} is not for level "${p.level}" (only: ${p.levels.join(', ')})`
    }),
    'invalid-period': diagnostic<{ written: string; keywords: readonly string[] }>({
        severity: 'error', fixable: false,
        vi: p => `Kỳ báo cáo "${p.written}" không rõ; ghi một trong ${p.keywords.join(', ')} và năm, vd. "6-thang 2021"`,
        en: p => `Unknown period "${p.written}"; write one of ${p.keywords.join(', ')} and the year, e.g. "6-thang 2021"`
    }),
    'invalid-date': diagnostic<{ written: string }>({
        severity: 'error', fixable: false,
        vi: p => `Ngày "${p.written}" không hợp lệ; ghi dd/mm/yyyy, vd. 05/6/2021`,
        en: p => `Invalid date "${p.written}"; write dd/mm/yyyy, e.g. 05/6/2021`
    }),
    'document-number': diagnostic<{ written: string }>({
        severity: 'warning', fixable: false,
        vi: p => `Số "${p.written}" không đúng dạng số báo cáo, vd. 15/BC-UBND`,
        en: p => `"${p.written}" is not a report number such as 15/BC-UBND`
    }),
    'template-period': diagnostic<{ template: string; from: string; to: string; period: PeriodName }>({
        severity: 'warning', fixable: false,
        vi: p => `Mẫu ${p.template} chỉ áp dụng từ ngày ${p.from} đến ngày ${p.to}, không dùng được cho kỳ báo cáo ${periodName('vi', p.period)}`,
        en: p => `Template ${p.template} applies from ${p.from} to ${p.to}; it cannot be used for ${periodName('en', p.period)}`
    }),

    // The appendix: codes and parts
    'unknown-indicator': diagnostic<{ template: string; code: string; suggestions: string[] }, { suggestions: string[] }>({
        severity: 'error', fixable: true,
        vi: p => `Mẫu ${p.template} không có chỉ tiêu ${p.code}${p.suggestions.length > 0 ? `; có phải là ${alternatives(p.suggestions, 'hoặc')}?` : ''}`,
        en: p => `Template ${p.template} has no item ${p.code}${p.suggestions.length > 0 ? `; did you mean ${alternatives(p.suggestions, 'or')}?` : ''}`
    }),
    /** `known` lists the item's parts on an appendix line; a citation gives none. */
    'unknown-part': diagnostic<{ code: string; path: string; known?: { path: string; title: string }[] }, { suggestions: string[] }>({
        severity: 'error', fixable: false,
        vi: p => !p.known ? `${p.code} không có dòng "Trong đó" "${p.path}"`
            : p.known.length > 0 ? `${p.code} không có dòng "${p.path}"; các dòng "Trong đó": ${listParts(p.known)}`
                : `${p.code} không có dòng "Trong đó" nào`,
        en: p => !p.known ? `${p.code} has no "Trong đó" line "${p.path}"`
            : p.known.length > 0 ? `${p.code} has no line "${p.path}"; its "Trong đó" lines: ${listParts(p.known)}`
                : `${p.code} has no "Trong đó" lines`
    }),
    /** An item written twice (`line`: where it was first) or a part written twice in one item (`path`). */
    'duplicate-code': diagnostic<{ code: string; line: number; variants: { code: string; title: string }[] } | { code: string; path: string }, { suggestions: string[] }>({
        severity: 'error', fixable: true,
        vi: p => 'path' in p ? `Dòng "Trong đó" ${p.code}.${p.path} đã ghi ở trên`
            : `Chỉ tiêu ${p.code} đã ghi ở dòng ${p.line} của tệp; mỗi chỉ tiêu chỉ ghi một lần.`
                + p.variants.map(variant => ` Nếu đây là "${variant.title}", hãy dùng mã ${variant.code}.`).join(''),
        en: p => 'path' in p ? `The "Trong đó" line ${p.code}.${p.path} is already written above`
            : `Item ${p.code} is already written on line ${p.line} of the file; each item is written once.`
                + p.variants.map(variant => ` If this is "${variant.title}", use code ${variant.code}.`).join('')
    }),
    'group-value': diagnostic<{ code: string; title: string; value: string; children: string[] }>({
        severity: 'warning', fixable: true,
        vi: p => `${p.code} ("${p.title}") là dòng tiêu đề nhóm, không ghi số liệu. Số ${p.value} cần ghi vào chỉ tiêu nào bên dưới${below(p.children)}?`,
        en: p => `${p.code} ("${p.title}") is a group row and takes no value. Which item below it${below(p.children)} should ${p.value} go to?`
    }),

    // The appendix: values
    /** `written` is absent for a value in words (a quoted text). */
    'not-a-number': diagnostic<{ label: string; written?: string; kind: ValueKind; unit?: string }>({
        severity: 'error', fixable: false,
        vi: p => p.kind === 'percent'
            ? `${notANumberLead(p)} mục này phải ghi bằng tỷ lệ phần trăm (vd. 12,5%), không ghi lời văn. Phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]`
            : `${notANumberLead(p)} mục này phải ghi bằng con số${p.unit ? ` (đơn vị: ${p.unit})` : ''}, không ghi lời văn. ${whatToWrite(p.unit)}; phần diễn giải chuyển sang cột Ghi chú, viết trong ngoặc vuông […]`,
        en: p => p.kind === 'percent'
            ? `${notANumberLead(p)} this item takes a percentage (e.g. 12,5%), not text. Put any explanation in the Ghi chú column, in square brackets […]`
            : `${notANumberLead(p)} this item takes a figure${p.unit ? ` (unit: ${p.unit})` : ''}, not text. Write the number; put any explanation in the Ghi chú column, in square brackets […]`
    }),
    'number-format': diagnostic<{ label: string; written: string; replacement: string }, { replacement: string }>({
        severity: 'warning', fixable: true,
        vi: p => `${p.label}: "${p.written}" dùng dấu chấm thập phân kiểu tiếng Anh; tiếng Việt viết dấu phẩy: ${p.replacement}`,
        en: p => `${p.label}: "${p.written}" uses an English decimal point; Vietnamese writes a decimal comma: ${p.replacement}`
    }),
    /**
     * A value out of its range: too many digits, a percentage outside 0–100%, a count that is not a whole number, or
     * a template rule bounding a sum by a constant (`left`, what the rule bounds; `prefix` names the item).
     */
    range: diagnostic<
        | { label: string; written: string; problem: 'too-large' | 'not-a-count' }
        | { label: string; shown: string; problem: 'percent' }
        | { problem: 'rule'; prefix: string; left: SumText; operator: RuleOperator; bound: string; reason?: string }
    >({
        severity: 'error', fixable: false,
        vi: p => {
            switch (p.problem) {
                case 'too-large': return `${p.label}: "${p.written}" có quá nhiều chữ số để tính chính xác (tối đa 15)`;
                case 'not-a-count': return `${p.label}: "${p.written}" phải là số nguyên không âm (số lượng)`;
                case 'percent': return `${p.label}: tỷ lệ ${p.shown} nằm ngoài khoảng 0–100%`;
                case 'rule': return capitalize(`${p.prefix}${sumText(p.left, ' cộng ')}, ${({ '<=': 'vượt', '>=': 'dưới', '=': 'khác' })[p.operator]} ${p.bound}`) + reason(p.reason);
            }
        },
        en: p => {
            switch (p.problem) {
                case 'too-large': return `${p.label}: "${p.written}" has too many digits to be computed exactly (15 at most)`;
                case 'not-a-count': return `${p.label}: "${p.written}" must be a whole number ≥ 0 (a count)`;
                case 'percent': return `${p.label}: the percentage ${p.shown} is outside 0–100%`;
                case 'rule': return capitalize(`${p.prefix}${sumText(p.left, ' plus ')}, ${({ '<=': 'over', '>=': 'under', '=': 'not' })[p.operator]} ${p.bound}`) + reason(p.reason);
            }
        }
    }),
    choice: diagnostic<{ label: string; written: string; options: ChoiceOption[] }, { options: ChoiceOption[] }>({
        severity: 'error', fixable: true,
        vi: p => `${p.label}: "${p.written}" không có trong các lựa chọn của mục này (${listOptions(p.options)})`,
        en: p => `${p.label}: "${p.written}" is not one of this item's options (${listOptions(p.options)})`
    }),

    // The appendix: figures against each other
    /** The parts add up to `working` (the total is `diff` `more` or less), or, with a part blank, to at least `given`. */
    'sum-mismatch': diagnostic<
        | { label: string; total: string; working: string; diff: string; more: boolean; copied?: string }
        | { label: string; total: string; given: string[]; sum: string; short: string },
        { expected: number; part?: PartFix } | { atLeast: number }
    >({
        severity: 'error', fixable: true,
        vi: p => 'given' in p
            ? `${p.label}: tổng ghi ${p.total} nhưng các dòng "Trong đó" đã ghi cộng lại được ${p.given.join(' + ')} = ${p.sum}; tổng ít hơn ít nhất ${p.short}`
            : `${p.label}: tổng ghi ${p.total} nhưng cộng các dòng "Trong đó" được ${p.working}; tổng ${p.more ? 'lớn hơn' : 'ít hơn'} ${p.diff}`
                + (p.copied ? `; dòng "${p.copied}" ghi đúng bằng tổng, có thể đã chép nhầm tổng vào dòng này` : ''),
        en: p => 'given' in p
            ? `${p.label}: the total is ${p.total} but the "Trong đó" lines written add up to ${p.given.join(' + ')} = ${p.sum}; the total is at least ${p.short} less`
            : `${p.label}: the total is ${p.total} but the "Trong đó" lines add up to ${p.working}; the total is ${p.diff} ${p.more ? 'more' : 'less'}`
                + (p.copied ? `; the line "${p.copied}" equals the total, perhaps the total was copied into it` : '')
    }),
    'derivable-total': diagnostic<{ label: string; working: string }, { value: number }>({
        severity: 'info', fixable: true,
        vi: p => `${p.label} chưa ghi tổng; cộng các dòng "Trong đó" được ${p.working}`,
        en: p => `${p.label} has no total; its "Trong đó" lines add up to ${p.working}`
    }),
    /** A template rule between figures that does not hold; `reason` is the template's own explanation. */
    'at-most': diagnostic<{ left: SumText; right: SumText; operator: RuleOperator; diff: string; reason?: string }>({
        severity: 'error', fixable: false,
        vi: p => {
            const [left, right] = [sumText(p.left, ' cộng '), sumText(p.right, ' cộng ')];
            const sentence = p.operator === '<=' ? `${left} lớn hơn ${right}, vượt ${p.diff}`
                : p.operator === '>=' ? `${left} nhỏ hơn ${right}, chênh lệch ${p.diff}` : `${left} khác ${right}, chênh lệch ${p.diff}`;
            return capitalize(sentence) + reason(p.reason);
        },
        en: p => {
            const [left, right] = [sumText(p.left, ' plus '), sumText(p.right, ' plus ')];
            const sentence = p.operator === '<=' ? `${left} exceeds ${right} by ${p.diff}`
                : p.operator === '>=' ? `${left} is less than ${right} by ${p.diff}` : `${left} differs from ${right} by ${p.diff}`;
            return capitalize(sentence) + reason(p.reason);
        }
    }),
    /** A required item written but left blank: still to fill, a faded hint (`missing-required` is for one left out). */
    'to-fill': diagnostic<{ code: string; title: string; counted: boolean }, { indicator: string }>({
        severity: 'hint', fixable: false, faded: true,
        vi: p => `Chưa điền ${p.code} "${p.title}"${p.counted ? ' (nếu không phát sinh, ghi 0)' : ''}`,
        en: p => `${p.code} "${p.title}" is still to fill${p.counted ? ' (if there is none, write 0)' : ''}`
    }),
    /** Its severity is the user's `cchc.diagnostics.missingRequired`. */
    /** One missing item (`code`), or the rest after the first hundred (`more` of them, `first` to `last`), in one. */
    'missing-required': diagnostic<{ code: string; title: string; level: Level; counted: boolean } | { more: number; first: string; last: string; level: Level },
        { indicator: string; after?: string; more?: number }>({
        severity: 'warning', fixable: true,
        vi: p => 'more' in p
            ? `Còn thiếu ${p.more} mục bắt buộc khác, từ ${p.first} đến ${p.last}: ${LEVEL_LABELS[p.level].vi} phải báo cáo các mục này`
            : `Thiếu ${p.code} "${p.title}": ${LEVEL_LABELS[p.level].vi} phải báo cáo mục này${p.counted ? ' (nếu không phát sinh, ghi 0)' : ''}`,
        en: p => 'more' in p
            ? `${p.more} more required items are missing, ${p.first} to ${p.last}: required at ${LEVEL_LABELS[p.level].en}`
            : `Missing ${p.code} "${p.title}": required at ${LEVEL_LABELS[p.level].en}${p.counted ? ' (if there is none, write 0)' : ''}`
    }),
    /** The header of a district report after districts ended (`period`), or a district item (`code`, `path`) in one. */
    'level-abolished': diagnostic<{ period: PeriodName } | { code: string; path?: string }>({
        severity: 'warning', fixable: false,
        vi: p => 'period' in p
            ? `Từ ${DISTRICTS_ENDED.vi} không còn cấp huyện; báo cáo kỳ ${periodName('vi', p.period)} không thể là báo cáo cấp huyện`
            : p.path === undefined
                ? `${p.code} là mục của cấp huyện; từ ngày ${DISTRICTS_ENDED.vi} không còn tổ chức chính quyền cấp huyện, hãy bỏ số liệu`
                : `${p.code}.${p.path} là dòng "Trong đó" của cấp huyện; từ ngày ${DISTRICTS_ENDED.vi} không còn tổ chức chính quyền cấp huyện, hãy bỏ số liệu`,
        en: p => 'period' in p
            ? `The district level no longer exists from ${DISTRICTS_ENDED.en}; a report for ${periodName('en', p.period)} cannot be a district report`
            : p.path === undefined
                ? `${p.code} is a district-level item; districts were abolished on ${DISTRICTS_ENDED.en}; remove the value`
                : `${p.code}.${p.path} is a district-level part; districts were abolished on ${DISTRICTS_ENDED.en}; remove the value`
    }),
    'not-applicable': diagnostic<{ code: string; path?: string; level: Level }>({
        severity: 'warning', fixable: true,
        vi: p => p.path === undefined
            ? `${p.code}: ${LEVEL_LABELS[p.level].vi} không phải báo cáo mục này; hãy bỏ số liệu`
            : `${p.code}.${p.path}: ${LEVEL_LABELS[p.level].vi} không phải báo cáo phần này; hãy bỏ số liệu`,
        en: p => p.path === undefined
            ? `${p.code}: not reported at ${LEVEL_LABELS[p.level].en}; remove the value`
            : `${p.code}.${p.path}: this part is not reported at ${LEVEL_LABELS[p.level].en}; remove the value`
    }),

    // The narrative
    'citation-blank': diagnostic<{ label: string }>({
        severity: 'warning', fixable: false,
        vi: p => `Lời văn dẫn {${p.label}} nhưng phụ lục chưa có số liệu này`,
        en: p => `The text cites {${p.label}} but the appendix has no figure for it`
    }),
    'citation-unreadable': diagnostic<{ label: string; line: number; tooLarge: boolean }>({
        severity: 'warning', fixable: false,
        vi: p => p.tooLarge
            ? `Lời văn dẫn {${p.label}} nhưng số liệu của mục này ở dòng ${p.line} của tệp có quá nhiều chữ số để tính chính xác (tối đa 15)`
            : `Lời văn dẫn {${p.label}} nhưng số liệu của mục này ở dòng ${p.line} của tệp không phải con số`,
        en: p => p.tooLarge
            ? `The text cites {${p.label}} but its figure on line ${p.line} of the file has too many digits to be computed exactly (15 at most)`
            : `The text cites {${p.label}} but what line ${p.line} of the file writes for it is not a number`
    }),
    /** `claim`: the template's keywords as the text states them; `name`: the ratio's name. */
    plausibility: diagnostic<{ percent: string; claim: string; name: string; only: boolean; working: string }>({
        severity: 'info', fixable: false,
        vi: p => `Lời văn nêu ${p.percent}% ${p.claim}, nhưng theo phụ lục ${p.name} ${p.only ? 'chỉ là' : 'là'} ${p.working}`,
        en: p => `The text states ${p.percent}% (${p.claim}), but by the appendix the ratio (${p.name}) is ${p.only ? 'only ' : ''}${p.working}`
    }),
    /** A number whose year differs from its date's (`year`), or one number cited for two dates (`firstDate`). */
    'doc-reference': diagnostic<{ shown: string; year: number; date: string } | { number: string; firstDate: string; date: string }>({
        severity: 'warning', fixable: false,
        vi: p => 'year' in p
            ? `"${p.shown}": số, ký hiệu ghi năm ${p.year} nhưng ngày ban hành là ${p.date}; kiểm tra lại số, ký hiệu hoặc ngày`
            : `Số, ký hiệu ${p.number} đã được dẫn cho văn bản ngày ${p.firstDate}, nay lại dẫn cho văn bản ngày ${p.date}`
                + ' — kiểm tra lại (nếu là văn bản của cơ quan khác, ghi rõ cơ quan ban hành)',
        en: p => 'year' in p
            ? `"${p.shown}": the number carries the year ${p.year} but the document is dated ${p.date}; check the number or the date`
            : `Number ${p.number} is cited for the document of ${p.firstDate} and again for one of ${p.date}`
                + ' — check it (if it is another body\'s document, name the issuing body)'
    }),

    // Nơi nhận
    'upward-report': diagnostic<{ first?: string }>({
        severity: 'warning', fixable: true,
        vi: p => 'Báo cáo có "Kính gửi" thì dòng đầu của "Nơi nhận" là "- Như trên;" (Nghị định số 30/2020/NĐ-CP)'
            + (p.first !== undefined ? `; hiện ghi "${p.first}"` : ''),
        en: p => 'A report with "Kính gửi" starts its recipients with "- Như trên;" (as above; Decree 30/2020/NĐ-CP)'
            + (p.first !== undefined ? `; found "${p.first}"` : '')
    }),
    /** `lacks`: what the last line lacks, when there is one (`archive`: it is not a "- Lưu" line at all). */
    'recipients-archive': diagnostic<{ last?: string; lacks: { archive: boolean; colon: boolean; vt: boolean } }>({
        severity: 'warning', fixable: false,
        vi: p => `Dòng cuối của "Nơi nhận" phải là "- Lưu: VT, <đơn vị soạn thảo>." (Nghị định số 30/2020/NĐ-CP)`
            + (p.last ? `; hiện ghi "${p.last}"${lacking(p.lacks, ' — thiếu dòng lưu', ['"VT" (Văn thư)', 'dấu hai chấm'], parts => ` — thiếu ${parts.join(' và ')}`)}` : ''),
        en: p => `The last line of "Nơi nhận" must be "- Lưu: VT, <drafting unit>." (Decree 30/2020/NĐ-CP)`
            + (p.last ? `; found "${p.last}"${lacking(p.lacks, ' — the archive line is missing', ['"VT" (Văn thư)', 'the colon'], parts => ` — ${parts.join(' and ')} missing`)}` : '')
    }),

    // Templates
    'template-duplicate-code': diagnostic<{ code: string } | { part: string }>({
        severity: 'error', fixable: false,
        vi: p => 'part' in p ? `Phần "${p.part}" đã khai báo ở trên` : `Mã ${p.code} đã khai báo ở trên`,
        en: p => 'part' in p ? `Part "${p.part}" is declared above` : `Code ${p.code} is declared above`
    }),
    'template-missing-group': diagnostic<{ group: string; code: string }>({
        severity: 'warning', fixable: false,
        vi: p => `Chưa khai báo nhóm ${p.group} trước ${p.code}`,
        en: p => `Group ${p.group} is not declared before ${p.code}`
    }),
    /** `sources`: where each was read from, a built-in one by its file name. */
    'template-duplicate-id': diagnostic<{ id: string; count: number; sources: { builtIn: boolean; name: string }[] }>({
        severity: 'error', fixable: false,
        vi: p => `Có ${p.count} mẫu cùng mã "${p.id}": ${p.sources.map(s => s.builtIn ? `mẫu có sẵn ${s.name}` : s.name).join('; ')}`,
        en: p => `${p.count} templates share the id "${p.id}": ${p.sources.map(s => s.builtIn ? `built-in ${s.name}` : s.name).join('; ')}`
    }),
    // Derived templates (`dua-tren`)
    'template-base-missing': diagnostic<{ id: string; base: string }>({
        severity: 'error', fixable: false,
        vi: p => `Không tìm thấy mẫu gốc "${p.base}" mà mẫu ${p.id} dựa trên`,
        en: p => `The base template "${p.base}" of ${p.id} is not found`
    }),
    'template-base-cycle': diagnostic<{ id: string; base: string }>({
        severity: 'error', fixable: false,
        vi: p => `Mẫu ${p.id} dựa trên "${p.base}", mà mẫu này lại dựa (trực tiếp hoặc gián tiếp) trên ${p.id}: vòng lặp, không đọc được mẫu gốc`,
        en: p => `Template ${p.id} is based on "${p.base}", which is itself based (directly or not) on ${p.id}: a cycle, the base cannot be read`
    }),
    /** A `bo`, `doi-ten` or `sau` naming a row (or, with `path`, a part) the base does not have. */
    'template-base-unknown-row': diagnostic<{ base: string; code: string; path?: string }>({
        severity: 'error', fixable: false,
        vi: p => p.path ? `Mẫu gốc ${p.base} không có dòng "${p.code}.${p.path}"` : `Mẫu gốc ${p.base} không có chỉ tiêu ${p.code}`,
        en: p => p.path ? `The base template ${p.base} has no part "${p.code}.${p.path}"` : `The base template ${p.base} has no row ${p.code}`
    }),
    'template-base-unknown-rule': diagnostic<{ base: string; rule: string }>({
        severity: 'error', fixable: false,
        vi: p => `Mẫu gốc ${p.base} không có quy tắc "${p.rule}"`,
        en: p => `The base template ${p.base} has no rule "${p.rule}"`
    }),
    'template-removed-row': diagnostic<{ id: string; code: string }>({
        severity: 'error', fixable: false,
        vi: p => `Mẫu ${p.id} đã bỏ chỉ tiêu ${p.code} của mẫu gốc (bằng "bo" hoặc vì không cấp nào của mẫu báo cáo dòng này)`,
        en: p => `Template ${p.id} has removed row ${p.code} of its base (by "bo", or because none of its levels reports it)`
    }),
    'template-unknown-part': diagnostic<{ code: string; path: string }>({
        severity: 'error', fixable: false,
        vi: p => `${p.code} không có phần "${p.path}"`,
        en: p => `${p.code} has no part "${p.path}"`
    }),
    'template-condition': diagnostic({
        severity: 'error', fixable: false,
        vi: () => 'Điều kiện "khi" cần so sánh với một số nguyên, vd. "khi 1.3.1 > 0"',
        en: () => 'A "khi" condition compares with a whole number, e.g. "khi 1.3.1 > 0"'
    }),
    'template-unknown-code': diagnostic<{ code: string }>({
        severity: 'error', fixable: false,
        vi: p => `Mẫu này không khai báo chỉ tiêu hay chú thích ${p.code}`,
        en: p => `No item or footnote ${p.code} is declared in this template`
    }),
    // A row taking its value from another template's row (`tu-mau`), for `cchc tong-hop --mau`
    'template-source-missing': diagnostic<{ template: string }>({
        severity: 'error', fixable: false,
        vi: p => `Không có mẫu "${p.template}" để lấy số liệu (tu-mau)`,
        en: p => `There is no template "${p.template}" to take the value from (tu-mau)`
    }),
    'template-source-unknown-row': diagnostic<{ template: string; code: string; path?: string }>({
        severity: 'error', fixable: false,
        vi: p => p.path ? `Mẫu ${p.template} không có dòng "${p.code}.${p.path}" để lấy số liệu (tu-mau)` : `Mẫu ${p.template} không có chỉ tiêu ${p.code} để lấy số liệu (tu-mau)`,
        en: p => p.path ? `Template ${p.template} has no part "${p.code}.${p.path}" to take the value from (tu-mau)` : `Template ${p.template} has no row ${p.code} to take the value from (tu-mau)`
    }),
    'template-source-kind': diagnostic<{ kind: ValueKind; template: string; row: string; sourceKind: ValueKind }>({
        severity: 'error', fixable: false,
        vi: p => `Dòng này là ${KIND_LABELS[p.kind].vi}, còn ${p.row} của mẫu ${p.template} là ${KIND_LABELS[p.sourceKind].vi}: không lấy số liệu được (tu-mau)`,
        en: p => `This row is a ${KIND_LABELS[p.kind].en}, but ${p.row} of template ${p.template} is a ${KIND_LABELS[p.sourceKind].en}: its value cannot be taken (tu-mau)`
    }),
    // Reported by cchc tong-hop on the template, at its first row that does not say how it aggregates.
    'aggregation-undeclared': diagnostic<{ template: string; count: number; first: string }>({
        severity: 'warning', fixable: false,
        vi: p => `Mẫu ${p.template} chưa nói cách tổng hợp (tong-hop) của ${p.count} dòng, đầu tiên là ${p.first}; các dòng này để trống`,
        en: p => `Template ${p.template} does not say how ${p.count} rows aggregate (tong-hop), the first is ${p.first}; they are left blank`
    }),

    // A filled sheet read by `cchc import`, at a cell's address
    'xlsx-cell': diagnostic<{ content: UnusableCell; shown?: string }>({
        severity: 'error', fixable: false,
        vi: p => `${UNUSABLE_CELLS[p.content].vi(p.shown ?? '')}; ô này không được chép`,
        en: p => `${UNUSABLE_CELLS[p.content].en(p.shown ?? '')}; the cell is not copied`
    }),
    'xlsx-row': diagnostic<{ row: string; template: string }>({
        severity: 'error', fixable: false,
        vi: p => `Không tìm thấy dòng "${p.row}" trong mẫu ${p.template}; số liệu của ô này không được chép`,
        en: p => `The row "${p.row}" is not in the template ${p.template}; its value is not copied`
    }),

    // Sent by the language server in place of the findings VS Code would not show (`server/shown-diagnostics.ts`)
    'not-shown': diagnostic<{ count: number; shown: number }>({
        severity: 'info', fixable: false,
        vi: p => `Còn ${p.count.toLocaleString('vi-VN')} lỗi, cảnh báo khác chưa hiện: VS Code chỉ hiện ${p.shown.toLocaleString('vi-VN')} mục mỗi tệp. Sửa những lỗi đã hiện thì các lỗi sau sẽ hiện tiếp; cchc check <tệp> liệt kê đủ`,
        en: p => `${p.count.toLocaleString('en-US')} more errors and warnings are not shown: VS Code shows ${p.shown.toLocaleString('en-US')} per file. Fix the ones shown and the next ones appear; cchc check <file> lists them all`
    })
};

/** What a sheet's value cell can hold that is no figure. */
export type UnusableCell = 'error' | 'date' | 'boolean' | 'formula';

const UNUSABLE_CELLS: Record<UnusableCell, Message<string>> = {
    error: { vi: shown => `Ô báo lỗi ${shown}`, en: shown => `The cell shows the error ${shown}` },
    date: { vi: () => 'Ô chứa ngày tháng, không phải số liệu', en: () => 'The cell holds a date, not a figure' },
    boolean: { vi: shown => `Ô chứa giá trị đúng/sai (${shown})`, en: shown => `The cell holds a TRUE/FALSE value (${shown})` },
    formula: {
        vi: () => 'Công thức chưa có kết quả (hãy mở và lưu lại bằng Excel)',
        en: () => 'A formula without a computed result (open and save it in Excel)'
    }
};

export type RuleOperator = '<=' | '>=' | '=';
export type DiagnosticCode = keyof typeof DIAGNOSTICS;
export type ParamsOf<C extends DiagnosticCode> = (typeof DIAGNOSTICS)[C] extends DiagnosticSpec<infer P, infer _D> ? P : never;
export type DataOf<C extends DiagnosticCode> = (typeof DIAGNOSTICS)[C] extends DiagnosticSpec<infer _P, infer D> ? D : never;
/** The codes whose `data` a quick fix reads. */
export type FixableCode = { [C in DiagnosticCode]: [DataOf<C>] extends [never] ? never : C }[DiagnosticCode];
/** A diagnostic's `data` as the server sends it: its code, and for a fixable code the facts its quick fix reads. */
export type DiagnosticData = { [C in DiagnosticCode]: { code: C } & ([DataOf<C>] extends [never] ? unknown : DataOf<C>) }[DiagnosticCode];

/** The message of a diagnostic, in the user's language. */
export function diagnosticMessage<C extends DiagnosticCode>(language: MessageLanguage, code: C, params: ParamsOf<C>): string {
    return (DIAGNOSTICS[code] as unknown as Message<ParamsOf<C>>)[language](params);
}

/** A diagnostic's default severity. */
export function severityOf(code: DiagnosticCode): Severity {
    return DIAGNOSTICS[code].severity;
}

function placeVi(place: TokenPlace | undefined): string {
    if (!place) return 'giữa các phần của dòng';
    switch (place.token) {
        case 'CODE': return `trong mã ${place.text}`;
        case 'PART_PATH': return `trong tên phần ${place.text}`;
        case 'VALUE': return `trong số liệu "${place.text}"`;
        case 'LINE_TEXT': return `trong "${place.text}"`;
        default: return `trong từ khoá ${place.text}`;
    }
}

function placeEn(place: TokenPlace | undefined): string {
    if (!place) return 'between the entries of the line';
    switch (place.token) {
        case 'CODE': return `in code ${place.text}`;
        case 'PART_PATH': return `in part key ${place.text}`;
        case 'VALUE': return `in value "${place.text}"`;
        case 'LINE_TEXT': return `in "${place.text}"`;
        default: return `in keyword ${place.text}`;
    }
}

/** `3.3.1, 3.3.2 hoặc 3.3.3`. */
function alternatives(codes: string[], or: string): string {
    return codes.length > 1 ? `${codes.slice(0, -1).join(', ')} ${or} ${codes.at(-1)}` : codes[0];
}

function listParts(parts: { path: string; title: string }[]): string {
    return parts.map(part => `${part.path} (${part.title})`).join(', ');
}

function listOptions(options: ChoiceOption[]): string {
    return options.map(option => `${option.value} = ${option.label}`).join('; ');
}

/** ` (3.3.1, 3.3.2, 3.3.3 …)`: the first rows below a group. */
function below(children: string[]): string {
    return children.length > 0 ? ` (${children.slice(0, 3).join(', ')}${children.length > 3 ? ' …' : ''})` : '';
}

function notANumberLead(p: { label: string; written?: string }): string {
    return p.label + (p.written === undefined ? ':' : `: "${p.written}" —`);
}

/** What a row that takes a number asks for, in the words of the form (REVIEW-2 §A3): "Nhiệm vụ" → `Ghi số nhiệm vụ`. */
function whatToWrite(unit: string | undefined): string {
    if (!unit) return 'Ghi số liệu';
    const lowered = /^\p{Lu}\p{Ll}/u.test(unit) ? unit[0].toLocaleLowerCase('vi') + unit.slice(1) : unit;
    return lowered.startsWith('số ') ? `Ghi ${lowered}` : `Ghi số ${lowered}`;
}

function sumText(sum: SumText, joiner: string): string {
    return sum.terms.length === 1 ? sum.terms[0] : `${sum.terms.join(joiner)} = ${sum.total}`;
}

function reason(text: string | undefined): string {
    return text ? ` — ${text}` : '';
}

function capitalize(text: string): string {
    return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function lacking(lacks: { archive: boolean; colon: boolean; vt: boolean }, noArchive: string, names: [string, string], list: (parts: string[]) => string): string {
    if (lacks.archive) return noArchive;
    const parts = [...(lacks.vt ? [names[0]] : []), ...(lacks.colon ? [names[1]] : [])];
    return parts.length > 0 ? list(parts) : '';
}
