import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DocumentState } from 'langium';
import { loadBuiltinTemplates } from '@cchc/language';
import { describe, expect, test } from 'vitest';
import { checkInputs, createServices, findInputs } from '../../packages/cli/src/check.js';
import { report } from '../helpers.js';

/** 250 reports, one sum wrong in every third. */
function reports(): string[] {
    const folder = mkdtempSync(path.join(tmpdir(), 'cchc-batches-'));
    return Array.from({ length: 250 }, (_, i) => {
        const file = path.join(folder, `bao-cao-${String(i).padStart(3, '0')}.cchc`);
        writeFileSync(file, report(`3.3.2 ${i % 3 === 0 ? 4203 : 4006} (tra-truc-tiep 3678; tra-bcci 0; md3 192; md4 136)`));
        return file;
    });
}

async function run(files: string[], findingsOnly: boolean) {
    const options = { files, templates: [], language: 'vi' as const, missingRequired: 'warning' as const };
    const services = createServices(options);
    await loadBuiltinTemplates(services);
    let largestBuild = 0;
    services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, built => { largestBuild = Math.max(largestBuild, built.length); });
    const result = await checkInputs(services, await findInputs(options), { findingsOnly });
    return { result, largestBuild, documentsLeft: services.shared.workspace.LangiumDocuments.all.count() };
}

describe('a check of many reports', () => {
    test('builds them a hundred at a time and drops each hundred, with the findings of one build of all', async () => {
        const files = reports();
        const whole = await run(files, false);
        const batched = await run(files, true);
        expect(batched.result.findings).toEqual(whole.result.findings);
        expect(batched.result.findings.filter(finding => finding.code === 'sum-mismatch')).toHaveLength(84);
        expect(whole.largestBuild).toBe(250);
        expect(batched.largestBuild).toBe(100);
        expect(whole.documentsLeft - batched.documentsLeft).toBe(250);
        expect(batched.result.reports).toEqual([]);
    });
});
