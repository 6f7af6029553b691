import { formatNumber, readNumber } from '../../report/numbers.js';
import { foldDiacritics } from '../../report/text.js';
import { textSources, type TextSource } from '../../report/text-sources.js';
import type { CrossCheck } from '../../generated/ast.js';
import { evaluate, termNumbers } from './relations.js';
import type { ReportCheck } from '../issue.js';

// Starts only where a run of digits starts: tried inside a long run, each start would rescan the run (quadratic).
const PERCENT = /(?<!\d)(\d+(?:[,.]\d+)?)\s*%/g;
/** Claims that differ from the table by no more than this many percentage points are taken as rounding. */
const TOLERANCE = 1;

/**
 * plausibility: a sentence that names every keyword of a template's `doi-chieu`, none of its excluded words, and a
 * percentage must agree with the ratio the appendix gives, e.g. "… hồ sơ … trực tuyến … đạt 100%" against
 * (3.3.1.md3 + 3.3.1.md4) / 3.3.1; "100% TTHC … trực tuyến" is about procedures, not dossiers, and is not compared.
 */
export const textMustAgreeWithFigures: ReportCheck = ({ report, values, catalog }, accept) => {
    const checks = (catalog?.crossChecks ?? []).flatMap(check => {
        const numerator = evaluate(values, check.numerator);
        const denominator = evaluate(values, check.denominator);
        if (!numerator || !denominator || denominator.value === 0) return [];
        return [{
            crossCheck: check, keywords: check.keywords.map(foldDiacritics), excluded: check.excluded.map(foldDiacritics),
            claim: check.keywords.join(' '), name: check.name ?? check.keywords.join(' '),
            numerator, denominator, ratio: numerator.value / denominator.value * 100
        }];
    });
    if (checks.length === 0) return;
    for (const source of textSources(report)) {
        if (!source.text.includes('%')) continue;
        for (const check of checks) {
            const claim = claimOf(source, check);
            if (!claim || Math.abs(claim.percent - check.ratio) <= TOLERANCE) continue;
            const numbers = termNumbers(check.numerator);
            const working = `${numbers.length > 1 ? `(${numbers.join(' + ')})` : numbers[0]}/${formatNumber(check.denominator.value)} = ${formatNumber(check.ratio, 1)}%`;
            const only = claim.percent > check.ratio;
            accept({
                code: 'plausibility', node: source.node, range: source.locate(claim.start, claim.end),
                params: { percent: formatNumber(claim.percent), claim: check.claim, name: check.name, only, working }
            });
        }
    }
};

type Claim = { percent: number; start: number; end: number };

/**
 * The claims found in each text for each of the template's cross-checks: a text is the same object as long as its
 * node is (`text-sources.ts`), so an edit elsewhere does not read the narrative's sentences again.
 */
const claims = new WeakMap<TextSource, { folded: string; byCheck: WeakMap<CrossCheck, Claim | null> }>();

function claimOf(source: TextSource, check: { crossCheck: CrossCheck; keywords: string[]; excluded: string[] }): Claim | undefined {
    let found = claims.get(source);
    if (!found) claims.set(source, found = { folded: foldDiacritics(source.text), byCheck: new WeakMap() });
    let claim = found.byCheck.get(check.crossCheck);
    if (claim === undefined) found.byCheck.set(check.crossCheck, claim = findClaim(source.text, found.folded, check.keywords, check.excluded) ?? null);
    return claim ?? undefined;
}

/** The first sentence that names every keyword, no excluded word, and a percentage; sentences end at . ; or a "- " bullet. */
function findClaim(text: string, folded: string, keywords: string[], excluded: string[]): Claim | undefined {
    const boundaries = /[.;](?=\s)|\s-\s?|^-/g;
    let start = 0;
    const sentences: [number, number][] = [];
    for (const match of folded.matchAll(boundaries)) {
        sentences.push([start, match.index!]);
        start = match.index! + match[0].length;
    }
    sentences.push([start, folded.length]);
    for (const [from, to] of sentences) {
        const sentence = folded.slice(from, to);
        if (!keywords.every(keyword => sentence.includes(keyword)) || excluded.some(word => sentence.includes(word))) continue;
        PERCENT.lastIndex = 0;
        const match = PERCENT.exec(text.slice(from, to));
        const reading = match && readNumber(match[1]);
        if (match && reading?.kind === 'number') {
            return { percent: reading.value, start: from + match.index, end: from + match.index + match[0].length };
        }
    }
    return undefined;
}
