export * from './decode.js';
export * from './legacy-fonts.js';
export * from './convert.js';
export { isVietnameseSyllable } from './vietnamese-syllable.js';
export { convertedFileName } from './converted-file-name.js';
