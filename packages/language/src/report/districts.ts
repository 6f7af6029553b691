/*
 * There is no district level from 01/7/2025: Luật Tổ chức chính quyền địa phương số 72/2025/QH15 organises local
 * government in two levels (tỉnh and xã) from that day.
 */

/** The last day districts existed: a period that ends after it cannot be a district's. */
export const LAST_DAY_OF_DISTRICTS = '2025-06-30';
