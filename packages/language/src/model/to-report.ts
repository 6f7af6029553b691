import type { AppendixRow, BodyBlock, ReportModel, SourceLine } from '@cchc/model';
import type { AstNode } from 'langium';
import { isCitation, isHeading, isRawValue, isTextValue, type Fragment, type Value } from '../generated/ast.js';
import { APPENDIX_TITLE, normalizeCode, type AppendixValues } from '../report/appendix.js';
import { headerValue, parseDate, templateIdOf } from '../report/header.js';
import { headingDepth } from '../report/heading-depth.js';
import { formatNumber, withoutUnitWord } from '../report/numbers.js';
import type { ReportReading } from '../report/reading.js';
import type { IndicatorDef, PartDef } from '../template/catalog.js';
import { withThousandsDots } from './thousands.js';

/** The template's remark for rows a commune does not report, as the printed form writes it. */
const NOT_REPORTED_BY_COMMUNES = '(UBND xã, phường không phải báo cáo mục này)';

/**
 * A checked report as plain data for the outputs. The appendix lists every row of the template in its order, with
 * the values as the author wrote them (leading zeros and `%` kept: it is the author's document); rows the report
 * leaves blank stay blank, whatever could be derived.
 */
export function toReportModel({ report, catalog, level, period, values }: ReportReading): ReportModel {
    return {
        header: {
            parentAgency: headerValue(report, 'co-quan-cap-tren'),
            agency: headerValue(report, 'co-quan'),
            number: headerValue(report, 'so'),
            place: headerValue(report, 'dia-danh'),
            date: parseDate(headerValue(report, 'ngay')),
            subject: headerValue(report, 'tieu-de'),
            addressees: (report.header?.fields ?? []).filter(f => f.key === 'kinh-gui' && f.value).map(f => f.value!.trim()),
            periodLabel: period?.label,
            level,
            templateId: templateIdOf(report)
        },
        body: (report.body?.elements ?? []).map(element => isHeading(element)
            ? { type: 'heading', number: element.number, text: element.title?.trim() ?? '', depth: headingDepth(element.number), line: lineOf(element) }
            : { type: 'paragraph', text: paragraphText(element.fragments, values), line: lineOf(element) } satisfies BodyBlock),
        appendix: report.appendix && catalog ? {
            title: report.appendix.title?.trim() || APPENDIX_TITLE,
            rows: catalog.indicators.flatMap(def => indicatorRows(def, values))
        } : undefined,
        recipients: report.recipients?.lines.map(line => line.trim()) ?? [],
        signature: {
            titleLines: report.signature?.lines.slice(0, -1).map(line => line.trim()) ?? [],
            name: report.signature?.lines.at(-1)?.trim()
        }
    };
}

function paragraphText(fragments: Fragment[], values: AppendixValues): string {
    let text = '';
    let lastLine = -1;
    for (const fragment of fragments) {
        const line = fragment.$cstNode?.range.start.line ?? lastLine;
        if (text && line !== lastLine && !text.endsWith(' ')) text += ' ';
        lastLine = fragment.$cstNode?.range.end.line ?? line;
        text += isCitation(fragment) ? citedValue(values, normalizeCode(fragment.indicator.$refText), fragment.path ?? '') : fragment.text;
    }
    return text;
}

/**
 * A cited value as prose writes it: with the thousands dot (`83.437`), which the table itself does not print; `…`
 * when the appendix has no figure. The editor shows the same beside a citation.
 */
export function citedValue(values: AppendixValues, code: string, path: string): string {
    const written = values.writtenValue(code, path);
    if (isRawValue(written)) {
        // `360 phiếu` is cited as 360: the sentence names its own unit ("{1.3.1} phiếu").
        const row = values.definition(code, path);
        return withThousandsDots(row ? withoutUnitWord(written.raw, row) : shown(written));
    }
    if (written) return shown(written);
    const number = values.number(code, path);
    return number === undefined ? '…' : withThousandsDots(formatNumber(number));
}

function indicatorRows(def: IndicatorDef, values: AppendixValues): AppendixRow[] {
    const entry = values.byCode.get(def.code);
    return [{
        kind: def.kind === 'group' ? 'group' : 'item',
        code: `${def.printedCode}.`,
        label: def.title,
        remark: remarkOf(def),
        depth: 0,
        unit: unitCell(def),
        value: entry?.item.value ? shown(entry.item.value) : undefined,
        note: entry?.item.note,
        footnote: def.footnote?.text,
        notApplicable: values.level !== undefined && !def.levels.includes(values.level) || undefined,
        line: lineOf(entry?.item),
        indicator: def.code,
        valueKind: def.kind,
        number: values.writtenNumber(def.code)
    }, ...def.parts.flatMap(part => partRows(part, def, values, 1))];
}

function partRows(part: PartDef, def: IndicatorDef, values: AppendixValues, depth: number): AppendixRow[] {
    const written = values.byCode.get(def.code)?.parts.get(part.path);
    return [{
        kind: 'part',
        code: '',
        label: part.title,
        remark: remarkOf(part),
        depth,
        unit: unitCell(part),
        value: written?.value ? shown(written.value) : undefined,
        note: written?.note,
        notApplicable: values.level !== undefined && !part.levels.includes(values.level) || undefined,
        line: lineOf(written),
        indicator: def.code,
        path: part.path,
        valueKind: part.kind,
        number: values.writtenNumber(def.code, part.path),
        addsUp: part.additive && values.applies(part.levels) || undefined
    }, ...part.parts.flatMap(child => partRows(child, def, values, depth + 1))];
}

/** The template's printed remark, then the communes' one for a row that itself leaves communes out. */
function remarkOf(def: IndicatorDef | PartDef): string | undefined {
    const communesSkip = def.node.onlyAt.length > 0 && !def.levels.includes('xa')
        && ![def.title, def.remark ?? ''].some(text => text.includes('không phải báo cáo'));
    const remarks = [def.remark?.trim(), communesSkip ? NOT_REPORTED_BY_COMMUNES : undefined].filter(remark => remark);
    return remarks.length > 0 ? remarks.join(' ') : undefined;
}

/** The unit as printed, then a choice's legend in the template's order, one option a line: `Trực tuyến = 0`. */
function unitCell(def: IndicatorDef | PartDef): string | undefined {
    const lines = [def.printedUnit, ...def.options.map(option => `${option.label} = ${option.value}`)].filter(line => line);
    return lines.length > 0 ? lines.join('\n') : undefined;
}

const lineOf = (node: AstNode | undefined): SourceLine | undefined => node?.$cstNode?.range.start.line;

function shown(value: Value): string {
    return isRawValue(value) ? value.raw.trim() : isTextValue(value) ? value.text : '';
}
