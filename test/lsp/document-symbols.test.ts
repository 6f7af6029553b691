import { describe, expect, test } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver';
import { ReportDocumentSymbolProvider } from '../../packages/language/src/lsp/report-document-symbol-provider.js';
import { report, testServices, validate } from '../helpers.js';

function outline(symbols: DocumentSymbol[]): unknown[] {
    return symbols.map(s => s.children?.length ? { [s.name]: outline(s.children) } : s.name);
}

describe('the outline of a report', () => {
    test('sections nest by their numbering; appendix items sit under their groups', async () => {
        const text = report('3\n3.3\n3.3.1 5\n3.3.2 4\n4.2.1 20', {},
            'I. CÔNG TÁC CHỈ ĐẠO\n1. Kế hoạch\nNội dung.\n1.1 Tổ chức\nNội dung.\n2. Kiểm tra\nII. KẾT QUẢ') + 'noi-nhan\n- Lưu: VT.\n';
        const { document } = await validate(text);
        const provider = new ReportDocumentSymbolProvider((await testServices()).report);
        const symbols = provider.getSymbols(document);
        expect(outline(symbols)).toEqual([
            { 'I. CÔNG TÁC CHỈ ĐẠO': [{ '1. Kế hoạch': ['1.1 Tổ chức'] }, '2. Kiểm tra'] },
            'II. KẾT QUẢ',
            { 'Phụ lục': [{ '3 Cải cách thủ tục hành chính': [{ '3.3 Kết quả giải quyết TTHC': [
                '3.3.1 Số lượng hồ sơ đã tiếp nhận',
                '3.3.2 Số lượng hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn'] }] },
                '4.2.1 Tổng số biên chế được giao trong năm'] },
            'Nơi nhận'
        ]);
        const first = symbols[0];
        expect([first.range.start.line, first.range.end.line]).toEqual([9, 15]);
    });
});
