import type { CalendarDate } from '@cchc/model';

/** ND30: days under 10 and the months January and February take a leading zero; other months do not. */
export const dayText = (day: number): string => String(day).padStart(2, '0');
export const monthText = (month: number): string => (month <= 2 ? String(month).padStart(2, '0') : String(month));

/** `ngày 05 tháng 6 năm 2021`, as ND30 writes a date in words; blanks to fill by hand when there is no date. */
export function dateInWords(date: CalendarDate | undefined): string {
    if (!date) return 'ngày     tháng     năm …';
    return `ngày ${dayText(date.day)} tháng ${monthText(date.month)} năm ${date.year}`;
}

/** `Điện Biên, ngày 05 tháng 6 năm 2021`; blanks to fill by hand when the date or place is missing. */
export function placeAndDate(place: string | undefined, date: CalendarDate | undefined): string {
    return `${place?.trim() || '…'}, ${dateInWords(date)}`;
}
