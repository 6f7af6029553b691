import type { Workbook } from 'exceljs';
import { unzipSync } from 'fflate';
import type { CalendarDate } from '@cchc/model';
import { deterministicZip, editPart, fixedTimestamp, withTimestamp } from '@cchc/output';

/**
 * An exceljs workbook as .xlsx bytes that depend on its content only: created and modified at midnight UTC of `date`
 * (2000-01-01 without one) rather than now, and zipped in a fixed order with fixed entry dates. Any sheet cchc writes
 * — the appendix, an aggregation's matrix — goes through here.
 */
export async function workbookBytes(workbook: Workbook, date: CalendarDate | undefined): Promise<Uint8Array> {
    const timestamp = fixedTimestamp(date);
    workbook.created = workbook.modified = new Date(timestamp);
    const files = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
    editPart(files, 'docProps/core.xml', xml => withTimestamp(xml, timestamp));
    return deterministicZip(files, timestamp);
}
