/**
 * Where the appendix sheet puts things; the writer and the reader both go by these, so a sheet cchc wrote is read
 * back cell for cell.
 */
export const SHEET_NAME = 'Phụ lục';

/** STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú | Mã (hidden), as columns 1–6. */
export const COLUMN = { code: 1, label: 2, unit: 3, value: 4, note: 5, key: 6 } as const;

/** Widths in Excel's character units, in the proportions of the DOCX table's columns. */
export const COLUMN_WIDTHS = [11, 58, 20, 20, 30, 18] as const;

/** The two header rows: "Kết quả thống kê" over "Đơn vị tính" and "Số liệu". */
export const HEADER_ROWS = [5, 6] as const;
export const FIRST_DATA_ROW = 7;

/** The headings of the hidden column: the row's code, and a part's path after it (`3.3.1b.truc-tiep.xa`). */
export const KEY_HEADING = 'Mã';

export const FONT_NAME = 'Times New Roman';
