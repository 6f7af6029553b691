import { readFileSync } from 'node:fs';
import { random } from '../../bench/generate.js';

/**
 * Commune reports on the built-in template made from their number alone, so that their sums can be checked by hand
 * (Σ of i over n communes is n(n+1)/2): commune i receives 100 + i dossiers directly, i % 3 by post, 2i and i online,
 * resolves all of them on time, is connected (7.3.1) unless i is a multiple of 4, and has ISO (7.6.3) unless i is a
 * multiple of 3. Each checks without errors.
 */
export function communeReport(i: number, options: { period?: string; template?: string; agency?: string } = {}): string {
    const direct = 100 + i;
    const post = i % 3;
    const total = direct + post + 3 * i;
    return [
        `mau ${options.template ?? 'tp-thanh-hoa-2021'}`,
        'cap xa',
        `ky ${options.period ?? '6-thang 2021'}`,
        `co-quan ${options.agency ?? `ỦY BAN NHÂN DÂN XÃ SỐ ${i}`}`,
        `so ${i}/BC-UBND`,
        'dia-danh Thọ Xuân',
        'ngay 05/6/2021',
        'tieu-de Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2021',
        'kinh-gui UBND huyện Thọ Xuân',
        '',
        'Báo cáo số liệu theo Phụ lục.',
        '',
        'phu-luc',
        `1.1.1   ${10 + i}`,
        `1.1.2   ${i}`,
        '1.3.1   0',
        `2.1     ${i % 2}`,
        `3.1.3   230`,
        `3.3.1   ${total}`,
        `    truc-tiep.xa   ${direct}`,
        `    bcci.xa        ${post}`,
        `    md3.xa         ${2 * i}`,
        `    md4.xa         ${i}`,
        `3.3.2   ${total}`,
        `    tra-truc-tiep  ${direct}`,
        `    tra-bcci       ${post}`,
        `    md3            ${2 * i}`,
        `    md4            ${i}`,
        `4.2.5   ${String((i % 10) / 10).replace('.', ',')}%`,
        `7.3.1   ${i % 4 === 0 ? 'Chưa kết nối' : 'Đã kết nối'}`,
        `7.6.3   ${i % 3 === 0 ? 0 : 1}`,
        '',
        'noi-nhan',
        '- Như trên;',
        '- Lưu: VT.',
        '',
        'ky-ten',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Nguyễn Văn A',
        ''
    ].join('\n');
}

/** The narrative of the corrected seed (between its header and its appendix): what a real commune writes. */
export function seedNarrative(): string {
    const text = readFileSync('examples/phuong-dien-bien-6-thang-2021-da-sua.cchc', 'utf8');
    return text.slice(text.indexOf('\n1. Công tác chỉ đạo điều hành.'), text.indexOf('\nphu-luc')).trim();
}

/**
 * A commune's year-2025 report on the built-in 2025 commune template, as a commune would write it: the corrected
 * seed's narrative and every row the template asks of a commune, its figures drawn for commune `i` (deterministic,
 * within the ranges a commune reports) so that every sum and rule holds. Each checks without errors or warnings.
 */
export function nationalCommuneReport(i: number, narrative: string): string {
    const next = random(i);
    const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
    const directives = int(2, 40);
    const tasks = int(1, 12);
    const checked = int(0, 5);
    const reviewed = int(0, 10);
    const proposed = int(0, Math.min(3, checked + reviewed));
    const procedures = int(150, 350);
    const [direct, post, online3, online4] = [int(300, 6000), int(0, 40), int(0, 600), int(0, 400)];
    const received = direct + post + online3 + online4;
    const staff = int(18, 30);
    const [level3, level4] = [int(0, 20), int(0, 80)];
    return [
        'mau cap-xa-2025',
        'cap xa',
        'ky nam 2025',
        `co-quan ỦY BAN NHÂN DÂN XÃ SỐ ${i}`,
        `so ${int(10, 99)}/BC-UBND`,
        `dia-danh Xã Số ${i}`,
        `ngay ${int(1, 15)}/12/2025`,
        'tieu-de Tình hình, kết quả công tác cải cách hành chính năm 2025',
        '',
        narrative,
        '',
        'phu-luc THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
        '1',
        '1.1',
        `1.1.1   ${directives}`,
        `1.1.2   ${int(1, directives)}`,
        `1.1.3   ${int(0, 10)}`,
        '1.2',
        `1.2.1   ${tasks}`,
        `1.2.2   ${int(0, tasks)}`,
        '1.2.3   0',
        '1.3',
        `1.3.1   ${int(100, 900)}`,
        `1.3.2   ${['Trực tuyến', 'Phát phiếu', 'Kết hợp'][int(0, 2)]}`,
        `1.4     ${int(0, 1) ? 'Có' : 'Không'}`,
        '2',
        `2.1     ${int(0, 3)}`,
        `2.2     ${checked}`,
        `2.3     ${reviewed}`,
        `2.4     ${proposed}`,
        `2.5     ${int(0, proposed)}`,
        '3',
        '3.1',
        `3.1.1   ${int(0, 20)}`,
        `3.1.2   ${int(0, 10)}`,
        `3.1.3   ${procedures}`,
        '3.2',
        `3.2.2   ${int(50, procedures)}`,
        `3.2.3   ${int(0, 5)}`,
        `3.2.4   ${int(0, 80)}`,
        `3.2.5   ${int(80, 100)}%`,
        `3.2.6   ${int(50, 100)}%`,
        '3.3',
        `3.3.1   ${received}`,
        `    truc-tiep.xa   ${direct}`,
        `    bcci.xa        ${post}`,
        `    md3.xa         ${online3}`,
        `    md4.xa         ${online4}`,
        `3.3.2   ${received}`,
        `    tra-truc-tiep  ${direct}`,
        `    tra-bcci       ${post}`,
        `    md3            ${online3}`,
        `    md4            ${online4}`,
        `3.3.3   ${int(0, 3)}`,
        `3.3.4   ${int(0, 3)}`,
        '3.4',
        `3.4.1   ${received}`,
        `3.4.2   ${received}`,
        `3.4.3   ${int(0, level3 + level4)}`,
        `3.5     ${int(0, 2)}`,
        '4',
        '4.2',
        `4.2.1   ${staff}`,
        `4.2.2   ${int(staff - 3, staff)}`,
        `4.2.3   ${int(0, 12)}`,
        `4.2.4   ${int(0, 2)}`,
        `4.2.5   ${String(int(0, 30) / 10).replace('.', ',')}%`,
        '7',
        `7.2     ${int(80, 100)}%`,
        '7.3',
        `7.3.1   ${i % 10 === 0 ? 'Chưa kết nối' : 'Đã kết nối'}`,
        `7.3.3   ${int(100, 1500)}`,
        `    ty-le-dien-tu  ${int(70, 100)}%`,
        '7.4',
        `7.4.1   ${i % 7 === 0 ? 'Chưa kết nối' : 'Đã kết nối'}`,
        '7.5',
        `7.5.1   ${level3}`,
        `7.5.2   ${level4}`,
        '7.6',
        `7.6.3   ${i % 3 === 0 ? 'Không thực hiện' : 'Có thực hiện'}`,
        '',
        'noi-nhan',
        '- UBND tỉnh;',
        '- Sở Nội vụ;',
        '- Lưu: VT, VP.',
        '',
        'ky-ten',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Nguyễn Văn A',
        ''
    ].join('\n');
}
