/** A template as the importer reads it from a form, before it is written as `.cchct` text. */
export type Level = 'xa' | 'huyen' | 'tinh';
export type Kind = 'so-luong' | 'ty-le' | 'lua-chon' | 'co-khong' | 'van-ban';

export interface Option {
    value: number;
    label: string;
}

interface DraftLine {
    title: string;
    /** Undefined for a group, and for a part that counts in its item's kind and unit. */
    kind?: Kind;
    unit?: string;
    options: Option[];
    onlyAt?: Level[];
    parts: DraftPart[];
    /** What the importer guessed on this line, in a comment after it: the author reviews these. */
    guesses: string[];
    /** The form's row, for messages. */
    line: number;
}

export interface DraftRow extends DraftLine {
    code: string;
    /** The STT as the form prints it, when the code differs (a Roman section, a letter, a repeated code). */
    printedCode?: string;
    group: boolean;
    remark?: string;
    footnote?: string;
    /** Text the form has in its "Ghi chú" column: kept for the author (`ghi-chu`), never printed. */
    note?: string;
}

export interface DraftPart extends DraftLine {
    key: string;
    nonAdditive: boolean;
}

/** Something the author should know about the form: a row left out, a row read one way among several. */
export interface ImportNote {
    /** The form's row (sheet row in XLSX, table row in DOCX); 0 for the form as a whole. */
    line: number;
    message: string;
}

export interface Draft {
    title: string;
    levels: Level[];
    footnotes: { number: string; text: string }[];
    rows: DraftRow[];
    /** `quy-tac` lines the importer is sure enough of to write, each with its guess comment. */
    rules: { text: string; guess: string }[];
    /** Rules left to the author: comment lines naming the rows that look related. */
    suggestions: string[];
    notes: ImportNote[];
}
