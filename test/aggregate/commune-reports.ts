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
