import { readFileSync } from 'node:fs';
import type { ReportModel } from '../../packages/model/src/index.js';
import { reportModelOf } from '../../packages/language/src/index.js';
import { buildDocument, testServices } from '../helpers.js';

export const SEED = 'examples/phuong-dien-bien-6-thang-2021.cchc';

/** The ReportModel of a report text, as `cchc export` builds it. */
export async function modelOf(text: string): Promise<ReportModel> {
    const document = await buildDocument(text);
    const model = reportModelOf((await testServices()).report, document);
    if (!model) throw new Error('no model');
    return model;
}

export const seedText = (): string => readFileSync(SEED, 'utf8');
