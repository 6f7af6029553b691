import * as path from 'node:path';

/**
 * Where "Export report" writes: `<name>.docx` beside the report, or in `cchc.export.outputDirectory` — absolute, or
 * relative to the workspace folder of the report (to the report's folder outside a workspace).
 */
export function docxPathFor(reportPath: string, outputDirectory: string | undefined, workspaceFolder: string | undefined): string {
    const name = `${path.parse(reportPath).name}.docx`;
    const directory = outputDirectory?.trim();
    if (!directory) return path.join(path.dirname(reportPath), name);
    return path.join(path.resolve(workspaceFolder ?? path.dirname(reportPath), directory), name);
}
