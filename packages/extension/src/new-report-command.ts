import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    NewReportRequest, TemplatesRequest, type Level, type NewReportParams, type PeriodKind, type TemplatesParams, type TemplateSummary
} from '@cchc/model';
import { t } from './l10n.js';

const LEVELS: { level: Level; label: string }[] = [
    { level: 'xa', label: 'Cấp xã (xã, phường, thị trấn)' },
    { level: 'huyen', label: 'Cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh)' },
    { level: 'tinh', label: 'Cấp tỉnh' }
];

const PERIODS: { period: PeriodKind; label: string }[] = [
    { period: 'quy-1', label: 'Quý I' },
    { period: '6-thang', label: '6 tháng' },
    { period: 'quy-3', label: 'Quý III' },
    { period: '9-thang', label: '9 tháng' },
    { period: 'nam', label: 'Năm' }
];

/**
 * "CCHC: New report": level, period and year, then the template among those valid for them (newest first, the newest
 * picked by default), then a new untitled report with every required item blank.
 */
export async function newReport(client: LanguageClient): Promise<vscode.TextDocument | undefined> {
    const level = await vscode.window.showQuickPick(LEVELS.map(l => ({ label: l.label, level: l.level })), { title: t('New report: level') });
    if (!level) return undefined;
    const period = await vscode.window.showQuickPick(PERIODS.map(p => ({ label: p.label, period: p.period })), { title: t('New report: period') });
    if (!period) return undefined;
    const year = await vscode.window.showInputBox({
        title: t('New report: year'),
        value: String(new Date().getFullYear()),
        validateInput: value => /^\d{4}$/.test(value.trim()) ? undefined : t('Write the year with four digits, e.g. 2025')
    });
    if (!year) return undefined;
    const wanted: TemplatesParams = { level: level.level, period: period.period, year: Number(year) };
    const templates = await client.sendRequest<TemplateSummary[]>(TemplatesRequest, wanted);
    if (templates.length === 0) {
        void vscode.window.showWarningMessage(t('No template can be used for {0}, {1} {2}; add a template (.cchct) of the province to the workspace or to cchc.templates.paths', level.label, period.label, year));
        return undefined;
    }
    const template = await vscode.window.showQuickPick(
        templates.map(summary => ({ label: summary.id, description: summary.title, detail: validity(summary), template: summary })),
        { title: t('New report: template'), placeHolder: t('Choose the template the report follows') });
    if (!template) return undefined;
    const params: NewReportParams = { templateId: template.template.id, ...wanted };
    const text = await client.sendRequest<string | null>(NewReportRequest, params);
    if (!text) return undefined;
    const document = await vscode.workspace.openTextDocument({ language: 'cchc', content: text });
    await vscode.window.showTextDocument(document);
    return document;
}

/** `01/7/2025 – … · xa · mẫu có sẵn cap-xa-2025.cchct`: validity as a document writes dates (01, 02 for Jan, Feb), levels, source. */
export function validity(summary: TemplateSummary): string {
    const shown = (date: string | undefined) => {
        if (!date) return '…';
        const [y, m, d] = date.split('-');
        return `${d}/${Number(m) < 3 ? m : Number(m)}/${y}`;
    };
    return `${shown(summary.validFrom)} – ${shown(summary.validTo)} · ${summary.levels.join(', ')} · ${summary.source}`;
}
