import type { Level } from '../generated/ast.js';
import type { ValueKind } from '../template/catalog.js';

/** How the editor names an item's kind and a level to the user. */
export const KIND_NAMES: Record<ValueKind, string> = {
    count: 'số lượng',
    percent: 'tỷ lệ %',
    choice: 'lựa chọn',
    'yes-no': 'có-không',
    text: 'văn bản',
    group: 'nhóm'
};

export const LEVEL_NAMES: Record<Level, string> = {
    xa: 'cấp xã',
    huyen: 'cấp huyện',
    tinh: 'cấp tỉnh'
};
