/** What the status bar and the export's confirmation say about a report, from its text and its findings (no VS Code here). */

export interface ReportHeaderSummary {
    template?: string;
    level?: string;
    period?: string;
}

/** `mau`, `cap`, `ky` as written in the header: what the status bar shows. */
export function headerSummary(text: string): ReportHeaderSummary {
    const value = (keyword: string) => new RegExp(`^[ \\t]*${keyword}[ \\t]+(\\S[^\\r\\n]*?)[ \\t]*$`, 'mi').exec(text.slice(0, 4000))?.[1];
    return { template: value('mau'), level: value('cap'), period: value('ky') };
}

/** `bao-cao-6-thang-2021.cchc`, or `bao-cao-6-thang-2021-2.cchc` … when `taken` says the name is in use. */
export function proposedReportName(period: string, year: number, taken: (name: string) => boolean): string {
    for (let n = 1; ; n++) {
        const name = `bao-cao-${period}-${year}${n > 1 ? `-${n}` : ''}.cchc`;
        if (!taken(name)) return name;
    }
}

/** The first errors as the server names them, and how many more: `line 110: …`. */
export function errorLines(firstErrors: readonly string[], errors: number, more: (count: number) => string): string[] {
    return errors > firstErrors.length ? [...firstErrors, more(errors - firstErrors.length)] : [...firstErrors];
}

/** `2.1, 2.2, 2.3 …` with at most `limit` codes. */
export function codeList(codes: readonly string[], limit = 12): string {
    return codes.length > limit ? `${codes.slice(0, limit).join(', ')} …` : codes.join(', ');
}
