/**
 * ReportModel: a checked .cchc report as plain data, with every indicator resolved to its name and unit and every
 * value written the way the report shows it. Outputs (DOCX, JSON) depend on this and nothing else.
 */
export interface ReportModel {
    header: ReportHeader;
    body: BodyBlock[];
    appendix?: AppendixTable;
    /** "Nơi nhận", one line each, as written (`- UBND thành phố;`). */
    recipients: string[];
    signature: Signature;
}

/** A line of the .cchc source, counted from 0 as LSP counts them; the preview reveals it on a click. */
export type SourceLine = number;

export interface CalendarDate {
    day: number;
    month: number;
    year: number;
}

export interface ReportHeader {
    /** Cơ quan chủ quản, e.g. `UBND THÀNH PHỐ THANH HOÁ`. */
    parentAgency?: string;
    /** Cơ quan ban hành, e.g. `ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN`. */
    agency?: string;
    /** As written after `so`, e.g. `15/BC-UBND` or `/BC-UBND` (not yet numbered). */
    number?: string;
    /** Địa danh, e.g. `Điện Biên`. */
    place?: string;
    date?: CalendarDate;
    /** Trích yếu, the line under "BÁO CÁO". */
    subject?: string;
    /** "Kính gửi" lines. */
    addressees: string[];
    /** e.g. `6 tháng đầu năm 2021`. */
    periodLabel?: string;
    level?: 'xa' | 'huyen' | 'tinh';
    templateId?: string;
}

export type BodyBlock = Heading | Paragraph;

export interface Heading {
    type: 'heading';
    /** As written: `I.`, `1.`, `1.1`, `1.1.2.`. */
    number: string;
    text: string;
    /** 0 for Roman numerals, 1 for `1.`, 2 for `1.1`, 3 for `1.1.1` … */
    depth: number;
    line?: SourceLine;
}

export interface Paragraph {
    type: 'paragraph';
    /** The paragraph's text with appendix citations already replaced by their values. */
    text: string;
    /** Where the paragraph starts. */
    line?: SourceLine;
}

export interface AppendixTable {
    /** e.g. `THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH`. */
    title: string;
    rows: AppendixRow[];
}

export interface AppendixRow {
    /**
     * `group` rows are bold section rows; `item` an indicator; `part` a "Trong đó" part. The parts of an item follow it;
     * the form prints "Trong đó" once in the STT column beside them.
     */
    kind: 'group' | 'item' | 'part';
    /** STT column: the code as the form prints it (`3.3.1.`, also for the second 3.3.1); empty for parts. */
    code: string;
    /** "Chỉ tiêu thống kê" column: the name as the form prints it. For parts, the part's name (`- Cấp xã`). */
    label: string;
    /**
     * Printed after the label and its footnote mark: the template's remark and, for rows the report's level does not
     * report, `(UBND xã, phường không phải báo cáo mục này)`.
     */
    remark?: string;
    /** 0 for items and groups; 1 for a part, 2 for a part of a part. */
    depth: number;
    /**
     * "Đơn vị tính" column as printed: the unit, and for a choice or yes/no row its legend, one option a line
     * (`Trực tuyến = 0`, `Phát phiếu = 1`, `Kết hợp = 2`).
     */
    unit?: string;
    /** The value as the report shows it (`4203`, `0,9%`, `1`); undefined when blank. */
    value?: string;
    /** "Ghi chú" column. */
    note?: string;
    /** A footnote attached to the label. */
    footnote?: string;
    /** The row is not reported at this report's level. */
    notApplicable?: boolean;
    /** The template's code of the row's indicator (`3.3.1b` for the second 3.3.1): how a sheet names it to read it back. */
    indicator?: string;
    /** A part's dotted path under its indicator (`truc-tiep.xa`); undefined for items and groups. */
    path?: string;
    /** What the row holds, as the template says. */
    valueKind?: AppendixValueKind;
    /** The written value as a number, when it reads as one (`0,9%` → 0.9, in percentage points). */
    number?: number;
    /** A part that adds up, with its siblings, to the row above it, and is reported at this level. */
    addsUp?: boolean;
    /** Where the row is written in the report; none for a row the report leaves out. */
    line?: SourceLine;
}

export type AppendixValueKind = 'count' | 'percent' | 'choice' | 'yes-no' | 'text' | 'group';

export interface Signature {
    /** Authority and title lines, e.g. `TM. ỦY BAN NHÂN DÂN`, `CHỦ TỊCH`. */
    titleLines: string[];
    /** The signer's name (last line of `ky-ten`). */
    name?: string;
}
export * from './protocol.js';
