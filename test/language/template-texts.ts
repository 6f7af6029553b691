import { readFileSync, readdirSync } from 'node:fs';
import { generateLarge } from '../../bench/generate.js';

const read = (folder: URL) => readdirSync(folder).filter(name => name.endsWith('.cchct'))
    .map(name => [name, readFileSync(new URL(name, folder), 'utf8')] as const);

/** Every template we have, as [name, text]: the built-in ones, the examples and the bench's generated 2,000 rows. */
export const TEMPLATE_TEXTS: readonly (readonly [string, string])[] = [
    ...read(new URL('../../packages/language/src/template/builtin/', import.meta.url)),
    ...read(new URL('../../examples/', import.meta.url)),
    ['bench-2000', generateLarge(2000).templateText]
];
