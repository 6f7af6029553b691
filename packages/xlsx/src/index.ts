import ExcelJS from 'exceljs';
import type { ReportModel } from '@cchc/model';
import { writeAppendixSheet } from './appendix-sheet.js';
import { SHEET_NAME } from './layout.js';
import { workbookBytes } from './workbook-bytes.js';

/** The report's appendix as an .xlsx workbook of one sheet; the same model always gives the same bytes. */
export async function renderXlsx(model: ReportModel): Promise<Uint8Array> {
    if (!model.appendix) throw new Error('the report has no appendix (phu-luc)');
    const workbook = new ExcelJS.Workbook();
    const agency = model.header.agency?.normalize('NFC').trim();
    workbook.creator = workbook.lastModifiedBy = agency ?? '';
    workbook.title = model.appendix.title;
    const sheet = workbook.addWorksheet(SHEET_NAME, { properties: { defaultRowHeight: 18 } });
    writeAppendixSheet(sheet, model.appendix, model.header);
    return workbookBytes(workbook, model.header.date);
}

export { workbookBytes } from './workbook-bytes.js';
export { rowKey } from './appendix-sheet.js';
export { COLUMN, FIRST_DATA_ROW, SHEET_NAME } from './layout.js';
export { readFilledSheet, SheetError, type SheetLine, type SheetValue } from './read-sheet.js';
