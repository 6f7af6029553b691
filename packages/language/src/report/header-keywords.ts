import type { HeaderKey } from '../generated/ast.js';
import type { Texts } from './labels.js';

/** What each header keyword is (a completion's detail) and what to write after it (its hover). */
export const HEADER_KEYWORDS: Record<HeaderKey, { detail: Texts; help: Texts }> = {
    'mau': {
        detail: { vi: 'mẫu phụ lục (mã mẫu)', en: 'appendix template (its id)' },
        help: { vi: 'Mẫu phụ lục số liệu mà báo cáo theo, vd. `mau tp-thanh-hoa-2021`. Mẫu quyết định các mục phải báo cáo và các quy tắc kiểm tra.', en: 'The appendix template the report follows, e.g. `mau tp-thanh-hoa-2021`. It decides the items to report and the rules checked.' }
    },
    'cap': {
        detail: { vi: 'cấp báo cáo: xa, huyen, tinh', en: 'level: xa, huyen, tinh' },
        help: { vi: 'Cấp của cơ quan báo cáo: `xa` (xã, phường, thị trấn), `huyen` (huyện, quận, thị xã, thành phố thuộc tỉnh) hoặc `tinh`.', en: 'The level of the reporting body: `xa` (commune, ward, town), `huyen` (district) or `tinh` (province).' }
    },
    'ky': {
        detail: { vi: 'kỳ báo cáo, vd. 6-thang 2021', en: 'period, e.g. 6-thang 2021' },
        help: { vi: 'Kỳ báo cáo và năm: `quy-1`, `6-thang`, `quy-3`, `9-thang` hoặc `nam`, vd. `ky 6-thang 2021`.', en: 'The period and year: `quy-1`, `6-thang`, `quy-3`, `9-thang` or `nam`, e.g. `ky 6-thang 2021`.' }
    },
    'co-quan-cap-tren': {
        detail: { vi: 'cơ quan cấp trên', en: 'parent agency' },
        help: { vi: 'Cơ quan chủ quản, in phía trên tên cơ quan ban hành; chỉ ghi khi có (vd. một Sở thuộc UBND tỉnh). UBND các cấp không ghi.', en: 'The parent agency, printed above the issuing agency; only when there is one (a department under a province). A People\'s Committee has none.' }
    },
    'co-quan': {
        detail: { vi: 'cơ quan ban hành', en: 'issuing agency' },
        help: { vi: 'Tên cơ quan ban hành, viết hoa như in trên văn bản, vd. `co-quan ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN`.', en: 'The issuing agency in capitals, as printed, e.g. `co-quan ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN`.' }
    },
    'so': {
        detail: { vi: 'số văn bản, vd. 15/BC-UBND', en: 'document number, e.g. 15/BC-UBND' },
        help: { vi: 'Số và ký hiệu của báo cáo, vd. `so 15/BC-UBND`. Chưa có số thì để trống phần số: `so /BC-UBND` (văn thư điền khi phát hành).', en: 'The report\'s number and symbol, e.g. `so 15/BC-UBND`. Without a number yet, leave it blank: `so /BC-UBND` (the registry fills it in).' }
    },
    'dia-danh': {
        detail: { vi: 'địa danh', en: 'place' },
        help: { vi: 'Địa danh in trước ngày tháng, vd. `dia-danh Điện Biên` → "Điện Biên, ngày 05 tháng 6 năm 2021".', en: 'The place printed before the date, e.g. `dia-danh Điện Biên` → "Điện Biên, ngày 05 tháng 6 năm 2021".' }
    },
    'ngay': {
        detail: { vi: 'ngày ban hành, dd/mm/yyyy', en: 'date, dd/mm/yyyy' },
        help: { vi: 'Ngày ban hành, dd/mm/yyyy, vd. `ngay 05/6/2021`; theo Nghị định 30/2020 ngày dưới 10 và tháng 1, 2 ghi thêm số 0.', en: 'The date, dd/mm/yyyy, e.g. `ngay 05/6/2021`; per Decree 30/2020 a day below 10 and months 1 and 2 take a leading 0.' }
    },
    'tieu-de': {
        detail: { vi: 'trích yếu', en: 'subject' },
        help: { vi: 'Trích yếu nội dung, in dưới chữ BÁO CÁO, vd. `tieu-de Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2021`.', en: 'The subject, printed under BÁO CÁO, e.g. `tieu-de Tình hình, kết quả công tác cải cách hành chính 6 tháng đầu năm 2021`.' }
    },
    'kinh-gui': {
        detail: { vi: 'Kính gửi (có thể nhiều dòng)', en: 'addressee (may repeat)' },
        help: { vi: 'Nơi báo cáo được gửi đến, in sau "Kính gửi:"; mỗi nơi một dòng `kinh-gui`.', en: 'Where the report is sent, printed after "Kính gửi:"; one `kinh-gui` line each.' }
    }
};
