import { describe, expect, test } from 'vitest';
import { agencyInRunningText, agencyLines } from '../../packages/docx/src/agency-name.js';
import { fixedTimestamp } from '../../packages/output/src/deterministic-zip.js';
import { documentNumber } from '../../packages/docx/src/document-number.js';
import { dateInWords, placeAndDate } from '../../packages/docx/src/vietnamese-date.js';

describe('dates (ND30: leading zero for days under 10 and for months 1 and 2)', () => {
    test.each([
        [{ day: 5, month: 6, year: 2021 }, 'Điện Biên, ngày 05 tháng 6 năm 2021', 'ngày 05 tháng 6 năm 2021'],
        [{ day: 5, month: 2, year: 2021 }, 'Điện Biên, ngày 05 tháng 02 năm 2021', 'ngày 05 tháng 02 năm 2021'],
        [{ day: 15, month: 6, year: 2021 }, 'Điện Biên, ngày 15 tháng 6 năm 2021', 'ngày 15 tháng 6 năm 2021'],
        [{ day: 31, month: 12, year: 2020 }, 'Điện Biên, ngày 31 tháng 12 năm 2020', 'ngày 31 tháng 12 năm 2020'],
        [{ day: 1, month: 1, year: 2022 }, 'Điện Biên, ngày 01 tháng 01 năm 2022', 'ngày 01 tháng 01 năm 2022']
    ])('%o', (date, line, words) => {
        expect(placeAndDate('Điện Biên', date)).toBe(line);
        expect(dateInWords(date)).toBe(words);
    });

    test('blanks when the date or the place is missing', () => {
        expect(placeAndDate('Điện Biên', undefined)).toBe('Điện Biên, ngày     tháng     năm …');
        expect(placeAndDate(undefined, undefined)).toBe('…, ngày     tháng     năm …');
        expect(dateInWords(undefined)).toBe('ngày     tháng     năm …');
    });

    test('core.xml timestamp', () => {
        expect(fixedTimestamp({ day: 5, month: 6, year: 2021 })).toBe('2021-06-05T00:00:00Z');
        expect(fixedTimestamp(undefined)).toBe('2000-01-01T00:00:00Z');
    });
});

describe('document number', () => {
    test.each([
        ['15/BC-UBND', '15/BC-UBND'],
        ['5/BC-UBND', '05/BC-UBND'],
        ['/BC-UBND', '     /BC-UBND'],
        [undefined, '     /']
    ])('%s', (written, printed) => expect(documentNumber(written)).toBe(printed));
});

describe('agency names', () => {
    test('the people’s committee on a line of its own in the header', () => {
        expect(agencyLines('ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN')).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐIỆN BIÊN']);
        expect(agencyLines('Ủy ban nhân dân xã Quảng Tâm')).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ QUẢNG TÂM']);
        expect(agencyLines('ỦY BAN NHÂN DÂN')).toEqual(['ỦY BAN NHÂN DÂN']);
        expect(agencyLines('SỞ NỘI VỤ')).toEqual(['SỞ NỘI VỤ']);
    });

    test.each([
        ['ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN', 'Ủy ban nhân dân phường Điện Biên'],
        ['UBND THÀNH PHỐ THANH HOÁ', 'UBND thành phố Thanh Hoá'],
        ['ỦY BAN NHÂN DÂN THỊ TRẤN NGA SƠN', 'Ủy ban nhân dân thị trấn Nga Sơn'],
        ['Ủy ban nhân dân xã Quảng Tâm', 'Ủy ban nhân dân xã Quảng Tâm'],
        ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
        ['BAN CHỈ ĐẠO CCHC', 'BAN CHỈ ĐẠO CCHC']
    ])('%s in running text', (agency, running) => expect(agencyInRunningText(agency)).toBe(running));
});
