// Everything but the conversion, which needs iconv-lite (~500 KB bundled): import that from '@cchc/encoding/convert'.
export * from './decode.js';
export * from './legacy-fonts.js';
export { isVietnameseSyllable } from './vietnamese-syllable.js';
export { convertedFileName } from './converted-file-name.js';
