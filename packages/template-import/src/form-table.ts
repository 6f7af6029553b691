/**
 * A form's table as both readers (XLSX, DOCX) give it: rows of cells with their text and the little formatting the
 * importer reads (bold, indentation, footnote marks). Nothing here knows which column is which.
 */
export interface FormCell {
    /** NFC text, lines joined with `\n`, no-break spaces as spaces, trimmed. */
    text: string;
    /** Every character of the cell is bold (a cell without text is not). */
    bold: boolean;
    /** Left indentation in the file's own unit (twips in DOCX, indent steps in XLSX); 0 when none. */
    indent: number;
    /** Footnote marks in the cell: a DOCX footnote's id, or a superscript number in XLSX. */
    footnoteMarks: string[];
    /** The cell is covered by a merged cell to its left or above (its text is the merged cell's, not repeated here). */
    merged: boolean;
}

export interface FormRow {
    /** The row as the user finds it: the sheet's row number in XLSX, the table row counted from 1 in DOCX. */
    line: number;
    cells: FormCell[];
}

export interface FormTable {
    /** Where the table is, for messages: `Sheet1` or `bảng 1`. */
    place: string;
    /** Text above the table (the form's title lines), in order. */
    textAbove: string[];
    rows: FormRow[];
    /** Footnote texts by mark, where the file has real footnotes (DOCX). */
    footnotes: Map<string, string>;
}

export const emptyCell = (merged = false): FormCell => ({ text: '', bold: false, indent: 0, footnoteMarks: [], merged });
