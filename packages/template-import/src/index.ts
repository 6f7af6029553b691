import { findLayout } from './columns.js';
import type { ImportNote } from './draft.js';
import type { FormTable } from './form-table.js';
import { ImportError } from './import-error.js';
import { interpretTable } from './interpret.js';
import { KEYWORDS } from './part-keys.js';
import { readDocxTables } from './read-docx.js';
import { readXlsxTables } from './read-xlsx.js';
import { relatedRowComments } from './related-rows.js';
import { fold } from './text.js';
import { writeDraft } from './write-draft.js';

export { ImportError } from './import-error.js';
export type { ImportNote } from './draft.js';

export const FORM_EXTENSIONS = ['.xlsx', '.docx'] as const;

export interface ImportedTemplate {
    /** The draft `.cchct` text. */
    text: string;
    id: string;
    /** Rows left out and rows read one way among several, in the form's order. */
    notes: ImportNote[];
    /** Where in the file the table was found (`Sheet1`, `bảng 2`). */
    place: string;
}

/**
 * A province's form (the appendix table of an Excel or Word file) as a draft template. `fileName` tells the format
 * and names the source in the draft's first comment; `id` is the template's id (made from the file name if absent).
 */
export async function importForm(bytes: Uint8Array, fileName: string, id = templateIdFrom(fileName)): Promise<ImportedTemplate> {
    const extension = /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase();
    let tables: FormTable[];
    if (extension === '.xlsx') tables = await readXlsxTables(bytes);
    else if (extension === '.docx') tables = readDocxTables(bytes);
    else throw new ImportError(`Chỉ nhập được tệp .xlsx hoặc .docx, không phải "${fileName}" / only .xlsx or .docx forms can be imported`);
    for (const table of tables) {
        const layout = findLayout(table);
        if (!layout) continue;
        const draft = interpretTable(table, layout);
        if (draft.rows.length === 0) continue;
        draft.suggestions = relatedRowComments(draft.rows);
        const notes = [...layout.ignored.map(header => ({ line: 0, message: `cột "${header}" không phải cột nào của mẫu (STT, Chỉ tiêu, Đơn vị tính, Số liệu, Ghi chú); bỏ qua / column "${header}" left out` })), ...draft.notes];
        const source = fileName.split(/[\\/]/).pop() ?? fileName;
        return { text: writeDraft(draft, id, source), id, notes, place: table.place };
    }
    throw new ImportError('Không tìm thấy bảng có cột "Chỉ tiêu" (hoặc "Nội dung") và cột STT, Đơn vị tính hay Số liệu / no table with a "Chỉ tiêu" column and an STT, unit or value column was found');
}

/** `Mẫu CCHC Thanh Hóa 2026.xlsx` → `mau-cchc-thanh-hoa-2026`: a template id the language accepts. */
export function templateIdFrom(fileName: string): string {
    const stem = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]*$/, '');
    const id = fold(stem).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return /^[a-z]/.test(id) && !KEYWORDS.has(id) ? id : `mau-${id || 'moi'}`;
}
