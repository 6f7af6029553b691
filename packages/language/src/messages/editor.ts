import type { HeaderKey, Level } from '../generated/ast.js';
import type { BlockKeyword } from '../lexer/line-layout.js';
import { LEVEL_LABELS } from './labels.js';
import { fixed, type Message } from './message.js';

/** The titles of the quick fixes and refactorings (`lsp/report-code-action-provider.ts`, `convert-to-utf8-action.ts`). */
export const FIX_TITLES = {
    writeToday: {
        vi: p => `Ghi ngày hôm nay: ${p.value}`,
        en: p => `Write today's date: ${p.value}`
    } satisfies Message<{ value: string }>,
    writeNumberSkeleton: {
        vi: p => `Ghi số văn bản dạng "${p.value}" (văn thư điền số khi phát hành)`,
        en: p => `Write the number as "${p.value}" (the registry fills in the number)`
    } satisfies Message<{ value: string }>,
    setPart: {
        vi: p => `Sửa dòng "${p.title}" (${p.path}) thành ${p.working}`,
        en: p => `Set the line "${p.title}" (${p.path}) to ${p.working}`
    } satisfies Message<{ title: string; path: string; working: string }>,
    setTotal: {
        vi: p => `Sửa tổng thành ${p.value} (= Σ các phần)`,
        en: p => `Set the total to ${p.value} (= Σ of the parts)`
    } satisfies Message<{ value: string }>,
    fillTotal: {
        vi: p => `Điền tổng ${p.value} (= Σ các phần)`,
        en: p => `Fill in the total ${p.value} (= Σ of the parts)`
    } satisfies Message<{ value: string }>,
    insertItem: {
        vi: p => `Thêm mục ${p.code} "${p.title}"`,
        en: p => `Insert item ${p.code} "${p.title}"`
    } satisfies Message<{ code: string; title: string }>,
    insertAllMissing: {
        vi: p => `Thêm tất cả ${p.count} mục bắt buộc còn thiếu`,
        en: p => `Insert all ${p.count} missing required items`
    } satisfies Message<{ count: number }>,
    changeCode: {
        vi: p => `Đổi thành ${p.code}${p.title ? ` "${p.title}"` : ''}`,
        en: p => `Change to ${p.code}${p.title ? ` "${p.title}"` : ''}`
    } satisfies Message<{ code: string; title?: string }>,
    rewriteNumber: {
        vi: p => `Viết thành ${p.replacement}`,
        en: p => `Write it as ${p.replacement}`
    } satisfies Message<{ replacement: string }>,
    chooseOption: {
        vi: p => `Chọn ${p.value} = ${p.label}`,
        en: p => `Choose ${p.value} = ${p.label}`
    } satisfies Message<{ value: number; label: string }>,
    removeGroupValue: {
        vi: p => `Bỏ số liệu ở dòng nhóm ${p.code}`,
        en: p => `Remove the value from group row ${p.code}`
    } satisfies Message<{ code: string }>,
    removeNotApplicable: {
        vi: p => `Bỏ số liệu ${p.label} (cấp này không báo cáo)`,
        en: p => `Remove ${p.label} (not reported at this level)`
    } satisfies Message<{ label: string }>,
    insertAsAbove: fixed('Thêm "- Như trên;" ở đầu "Nơi nhận"', 'Insert "- Như trên;" first in "Nơi nhận"'),
    removeInvisible: fixed('Xoá ký tự ẩn', 'Remove the invisible character'),
    removeAllInvisible: {
        vi: p => `Xoá tất cả ${p.count} ký tự ẩn trong tệp`,
        en: p => `Remove all ${p.count} invisible characters in the file`
    } satisfies Message<{ count: number }>,
    writeLabel: {
        vi: p => `Viết nhãn "${p.label}" thay cho mã ${p.value}`,
        en: p => `Write the label "${p.label}" instead of code ${p.value}`
    } satisfies Message<{ value: number; label: string }>,
    writeCode: {
        vi: p => `Viết mã ${p.value} thay cho "${p.label}"`,
        en: p => `Write code ${p.value} instead of "${p.label}"`
    } satisfies Message<{ value: number; label: string }>,
    convertToUtf8: fixed('Chuyển mã sang UTF-8 (ra tệp mới)', 'Convert to UTF-8 (into a new file)')
};

/** What completion says beside the outline's headings (`lsp/outline-snippets.ts`). */
export const SNIPPET_TEXTS = {
    heading: {
        vi: p => `Đề mục ${p.number} của báo cáo`,
        en: p => `Heading ${p.number} of the report's outline`
    } satisfies Message<{ number: number }>
};

/** What completion says beside keywords, levels and codes (`lsp/report-completion-provider.ts`). */
export const COMPLETION_TEXTS = {
    headerKeyword: {
        vi: p => HEADER_KEYWORDS[p.keyword].vi,
        en: p => HEADER_KEYWORDS[p.keyword].en
    } satisfies Message<{ keyword: HeaderKey }>,
    blockKeyword: {
        vi: p => ({ 'phu-luc': 'phụ lục số liệu', 'noi-nhan': 'nơi nhận', 'ky-ten': 'chữ ký' })[p.keyword],
        en: p => ({ 'phu-luc': 'the appendix of figures', 'noi-nhan': 'the recipients', 'ky-ten': 'the signature' })[p.keyword]
    } satisfies Message<{ keyword: BlockKeyword }>,
    level: {
        vi: p => ({ xa: 'cấp xã (xã, phường, thị trấn)', huyen: 'cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh)', tinh: 'cấp tỉnh' })[p.level],
        en: p => ({ xa: 'commune level (xã, phường, thị trấn)', huyen: 'district level (huyện, quận, thị xã, thành phố thuộc tỉnh)', tinh: 'province level' })[p.level]
    } satisfies Message<{ level: Level }>,
    written: fixed('đã ghi', 'already written'),
    requiredAt: {
        vi: p => `bắt buộc với ${LEVEL_LABELS[p.level].vi}`,
        en: p => `required at ${LEVEL_LABELS[p.level].en}`
    } satisfies Message<{ level: Level }>,
    chooseValue: fixed('Chọn giá trị', 'Choose a value')
};

const HEADER_KEYWORDS: Record<HeaderKey, { vi: string; en: string }> = {
    'mau': { vi: 'mẫu phụ lục (mã mẫu)', en: 'the appendix template (its id)' },
    'cap': { vi: 'cấp báo cáo: xa, huyen, tinh', en: 'the level: xa, huyen, tinh' },
    'ky': { vi: 'kỳ báo cáo, vd. 6-thang 2021', en: 'the period, e.g. 6-thang 2021' },
    'co-quan-cap-tren': { vi: 'cơ quan cấp trên', en: 'the parent agency' },
    'co-quan': { vi: 'cơ quan ban hành', en: 'the issuing agency' },
    'so': { vi: 'số văn bản, vd. 15/BC-UBND', en: 'the document number, e.g. 15/BC-UBND' },
    'dia-danh': { vi: 'địa danh', en: 'the place' },
    'ngay': { vi: 'ngày ban hành, dd/mm/yyyy', en: 'the date, dd/mm/yyyy' },
    'tieu-de': { vi: 'trích yếu', en: 'the subject' },
    'kinh-gui': { vi: 'Kính gửi (có thể nhiều dòng)', en: 'Kính gửi, the addressee (may repeat)' }
};

/** What to write after each header keyword: its hover. */
const HEADER_KEYWORD_HELP: Record<HeaderKey, { vi: string; en: string }> = {
    'mau': { vi: 'Mẫu phụ lục số liệu mà báo cáo theo, vd. `mau tp-thanh-hoa-2021`. Mẫu quyết định các mục phải báo cáo và các quy tắc kiểm tra.', en: 'The appendix template the report follows, e.g. `mau tp-thanh-hoa-2021`. It decides the items to report and the rules checked.' },
    'cap': { vi: 'Cấp của cơ quan báo cáo: `xa` (xã, phường, thị trấn), `huyen` (huyện, quận, thị xã, thành phố thuộc tỉnh) hoặc `tinh`.', en: 'The level of the reporting body: `xa` (commune, ward, town), `huyen` (district) or `tinh` (province).' },
    'ky': { vi: 'Kỳ báo cáo và năm: `quy-1`, `6-thang`, `quy-3`, `9-thang` hoặc `nam`, vd. `ky 6-thang 2021`.', en: 'The period and year: `quy-1`, `6-thang`, `quy-3`, `9-thang` or `nam`, e.g. `ky 6-thang 2021`.' },
    'co-quan-cap-tren': { vi: 'Cơ quan chủ quản, in phía trên tên cơ quan ban hành; chỉ ghi khi có (vd. một Sở thuộc UBND tỉnh). UBND các cấp không ghi.', en: 'The parent agency, printed above the issuing agency; only when there is one (a department under a province). A People\'s Committee has none.' },
    'co-quan': { vi: 'Tên cơ quan ban hành, viết hoa như in trên văn bản, vd. `co-quan ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN`.', en: 'The issuing agency in capitals, as printed, e.g. `co-quan ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN`.' },
    'so': { vi: 'Số và ký hiệu của báo cáo, vd. `so 15/BC-UBND`. Chưa có số thì để trống phần số: `so /BC-UBND` (văn thư điền khi phát hành).', en: 'The report\'s number and symbol, e.g. `so 15/BC-UBND`. Without a number yet, leave it blank: `so /BC-UBND` (the registry fills it in).' },
    'dia-danh': { vi: 'Địa danh in trước ngày tháng, vd. `dia-danh Điện Biên` → "Điện Biên, ngày 05 tháng 6 năm 2021".', en: 'The place printed before the date, e.g. `dia-danh Điện Biên` → "Điện Biên, ngày 05 tháng 6 năm 2021".' },
    'ngay': { vi: 'Ngày ban hành, dd/mm/yyyy, vd. `ngay 05/6/2021`; theo Nghị định 30/2020 ngày dưới 10 và tháng 1, 2 ghi thêm số 0.', en: 'The date, dd/mm/yyyy, e.g. `ngay 05/6/2021`; per Decree 30/2020 a day below 10 and months 1 and 2 take a leading 0.' },
    'tieu-de': { vi: 'Trích yếu nội dung, in dưới chữ BÁO CÁO, vd. `tieu-de Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2021`.', en: 'The subject, printed under BÁO CÁO, e.g. `tieu-de Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2021`.' },
    'kinh-gui': { vi: 'Nơi báo cáo được gửi đến, in sau "Kính gửi:"; mỗi nơi một dòng `kinh-gui`.', en: 'Where the report is sent, printed after "Kính gửi:"; one `kinh-gui` line each.' }
};

/** What the other editor features say. */
export const EDITOR_TEXTS = {
    invalidPartKey: {
        vi: p => `"${p.name}" không dùng được làm tên phần (chữ thường không dấu, số, dấu -)`,
        en: p => `"${p.name}" cannot be a part key (lower-case letters without diacritics, digits, -)`
    } satisfies Message<{ name: string }>
};

/** The hover's lines (`lsp/report-hover-provider.ts`); names, codes and figures come from the template and report. */
export const HOVER_TEXTS = {
    headerKeyword: {
        vi: p => `**${p.keyword}** — ${HEADER_KEYWORDS[p.keyword].vi}\n\n${HEADER_KEYWORD_HELP[p.keyword].vi}`,
        en: p => `**${p.keyword}** — ${HEADER_KEYWORDS[p.keyword].en}\n\n${HEADER_KEYWORD_HELP[p.keyword].en}`
    } satisfies Message<{ keyword: HeaderKey }>,
    unit: { vi: p => `Đơn vị tính: ${p.unit}`, en: p => `Unit: ${p.unit}` } satisfies Message<{ unit: string }>,
    kind: { vi: p => `Loại: ${p.kind}`, en: p => `Kind: ${p.kind}` } satisfies Message<{ kind: string }>,
    options: { vi: p => `Lựa chọn: ${p.options}`, en: p => `Options: ${p.options}` } satisfies Message<{ options: string }>,
    ofWhich: fixed('Trong đó', 'Of which'),
    templateRules: fixed('Quy tắc của mẫu', 'Template rules'),
    template: { vi: p => `Mẫu ${p.id}`, en: p => `Template ${p.id}` } satisfies Message<{ id: string }>,
    footnote: { vi: p => ` · Chú thích ${p.number}: `, en: p => ` · Footnote ${p.number}: ` } satisfies Message<{ number: string }>,
    partOf: { vi: p => `Phần "Trong đó" của ${p.code} ${p.title}`, en: p => `Part of ${p.code} ${p.title}` } satisfies Message<{ code: string; title: string }>,
    partNotReported: {
        vi: p => `${LEVEL_LABELS[p.level].vi} không báo cáo phần này`,
        en: p => `Not reported at ${LEVEL_LABELS[p.level].en}`
    } satisfies Message<{ level: Level }>,
    only: fixed('chỉ ', 'only '),
    notAdded: fixed('không cộng vào tổng', 'not added to the total'),
    totalBlank: fixed('tổng để trống', 'the total is blank'),
    totalMatches: fixed('khớp với tổng đang ghi', 'matches the written total'),
    writtenTotal: { vi: p => `tổng đang ghi: ${p.total}`, en: p => `written total: ${p.total}` } satisfies Message<{ total: string }>,
    sumOfParts: fixed('Σ các phần', 'Σ of the parts'),
    when: { vi: p => ` khi ${p.condition}`, en: p => ` when ${p.condition}` } satisfies Message<{ condition: string }>,
    requiredAt: fixed('; bắt buộc với ', '; required at '),
    optional: fixed('; không bắt buộc', '; optional'),
    itemNotReported: {
        vi: p => ` — ${LEVEL_LABELS[p.level].vi} không phải báo cáo mục này`,
        en: p => ` — not reported at ${LEVEL_LABELS[p.level].en}`
    } satisfies Message<{ level: Level }>,
    levels: fixed('Cấp báo cáo: ', 'Levels: '),
    crossCheck: {
        vi: p => `Tỷ lệ % lời văn nêu cùng ${p.words}${p.excluded && ` (trừ câu có ${p.excluded})`} được đối chiếu với ${p.ratio}`,
        en: p => `A percentage the narrative gives with ${p.words}${p.excluded && ` (except sentences with ${p.excluded})`} is checked against ${p.ratio}`
    } satisfies Message<{ words: string; excluded: string; ratio: string }>,
    /** A template rule, each side's terms named: "Số lượng hồ sơ … (3.3.2) không vượt quá …". */
    rule: {
        vi: p => capitalize(`${p.left.join(' cộng ')} ${({ '<=': 'không vượt quá', '>=': 'không nhỏ hơn', '=': 'bằng' })[p.operator]} ${p.right.join(' cộng ')}`),
        en: p => capitalize(`${p.left.join(' plus ')} ${({ '<=': 'is at most', '>=': 'is at least', '=': 'equals' })[p.operator]} ${p.right.join(' plus ')}`)
    } satisfies Message<{ left: string[]; operator: '<=' | '>=' | '='; right: string[] }>,
    noFigureYet: fixed('chưa có', 'none yet'),
    figureInAppendix: fixed('Số liệu trong phụ lục', 'Figure in the appendix')
};

function capitalize(text: string): string {
    return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
