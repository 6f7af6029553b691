import type { AppendixRow, ReportModel } from '../../packages/model/src/index.js';

const row = (kind: AppendixRow['kind'], code: string, label: string, extra: Partial<AppendixRow> = {}): AppendixRow => ({
    kind,
    code,
    label,
    depth: kind === 'part' ? 1 : 0,
    ...extra
});

/** A small ward report after the seed (Phường Điện Biên, 6 tháng đầu năm 2021). */
export function wardReport(): ReportModel {
    return {
        header: {
            parentAgency: 'UBND THÀNH PHỐ THANH HOÁ',
            agency: 'ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN',
            number: '15/BC-UBND',
            place: 'Điện Biên',
            date: { day: 5, month: 6, year: 2021 },
            subject: 'Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2021',
            addressees: ['Ủy ban nhân dân thành phố Thanh Hoá'],
            periodLabel: '6 tháng đầu năm 2021',
            level: 'xa'
        },
        body: [
            { type: 'heading', number: 'I.', text: 'Kết quả thực hiện', depth: 0 },
            { type: 'heading', number: '1.', text: 'Công tác chỉ đạo điều hành', depth: 1 },
            { type: 'heading', number: '1.1', text: 'Công tác tổ chức thực hiện', depth: 2 },
            {
                type: 'paragraph',
                text: 'Ngày 31/12/2020 xây dựng Kế hoạch số 61/KH-UBND về cải cách hành chính năm 2021. Ngày 25/01/2021 Ủy ban nhân dân phường ban hành Kế hoạch số 09/KH-UBND về việc thực hiện Nghị quyết của Thành ủy, HĐND thành phố, Nghị quyết của Đảng ủy, HĐND phường về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2021.'
            },
            {
                type: 'paragraph',
                text: 'Trong kỳ, bộ phận một cửa đã tiếp nhận 4203 hồ sơ; tỷ lệ biên chế đã tinh giản so với năm 2015 là 0,9%.'
            },
            { type: 'heading', number: '2.', text: 'Những khó khăn, vướng mắc', depth: 1 },
            {
                type: 'paragraph',
                text: 'Phường mặc dù đã tuyên truyền rộng rãi về dịch vụ công trực tuyến nhưng chỉ có một vài thủ tục của lĩnh vực hộ tịch là thực hiện, còn nhiều thủ tục thuộc các lĩnh vực khác không phát sinh hồ sơ.'
            },
            { type: 'heading', number: 'II.', text: 'Kiến nghị, đề xuất', depth: 0 },
            { type: 'paragraph', text: 'Đề nghị UBND thành phố mở các lớp bồi dưỡng nghiệp vụ CCHC, hướng dẫn hồ sơ chấm điểm CCHC.' }
        ],
        appendix: {
            title: 'Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính',
            rows: [
                row('group', '1.', 'Công tác chỉ đạo điều hành CCHC'),
                row('item', '1.1.1.', 'Số nhiệm vụ đề ra trong kế hoạch', { unit: 'Nhiệm vụ', value: '19', note: 'Kế hoạch số 61/KH-UBND' }),
                row('group', '2.', 'Cải cách thể chế', { footnote: 'Phòng Tư pháp báo cáo số liệu của thành phố', remark: '(Ghi chú in kèm)' }),
                row('item', '2.1.', 'Số VBQPPL đã ban hành/tham mưu ban hành', { unit: 'Văn bản' }),
                row('part', '', 'Tại cấp huyện', { remark: '(UBND xã, phường không phải báo cáo mục này)', notApplicable: true }),
                row('part', '', 'Tại cấp xã', { unit: 'Văn bản', value: '0' }),
                row('group', '3.', 'Cải cách thủ tục hành chính'),
                row('item', '1.3.2.', 'Hình thức khảo sát', { unit: 'Trực tuyến = 0\nPhát phiếu = 1\nKết hợp = 2', value: '1' }),
                row('item', '3.3.1.', 'Số lượng hồ sơ đã tiếp nhận', { unit: 'Số lượng hồ sơ', value: '4203' }),
                row('part', '', 'Tiếp nhận trực tiếp', { unit: 'Số lượng hồ sơ' }),
                row('part', '', '- Cấp xã', { depth: 2, value: '3875' }),
                row('part', '', 'Tiếp nhận trực tuyến mức độ 3', { unit: 'Số lượng hồ sơ' }),
                row('part', '', '- Cấp xã', { depth: 2, value: '192' }),
                row('group', '4.', 'Cải cách tổ chức bộ máy hành chính nhà nước', { remark: '(UBND các xã, phường báo cáo dựa trên cơ sở chức năng, nhiệm vụ được giao)' }),
                row('item', '4.2.5.', 'Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015', { unit: '%', value: '0,9%', note: 'Tinh giản 01 người' })
            ]
        },
        recipients: ['- UBND thành phố;', '- Phòng Nội vụ UBND thành phố;', '- Đảng ủy - HĐND - UBND phường;', '- Lưu: VT.'],
        signature: { titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn An' }
    };
}
