import type { CalendarDate } from '../../model/src/index.js';

/** ND30: days under 10 and the months January and February take a leading zero; other months do not. */
export const dayText = (day: number): string => String(day).padStart(2, '0');
export const monthText = (month: number): string => (month <= 2 ? String(month).padStart(2, '0') : String(month));

/** `Điện Biên, ngày 05 tháng 6 năm 2021`; blanks to fill by hand when the date or place is missing. */
export function placeAndDate(place: string | undefined, date: CalendarDate | undefined): string {
    const where = place?.trim() || '…';
    if (!date) return `${where}, ngày     tháng     năm …`;
    return `${where}, ngày ${dayText(date.day)} tháng ${monthText(date.month)} năm ${date.year}`;
}

/** `05/6/2021`, `05/02/2021`. */
export function numericDate(date: CalendarDate): string {
    return `${dayText(date.day)}/${monthText(date.month)}/${date.year}`;
}
