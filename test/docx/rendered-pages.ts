import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { APPENDIX_COLUMNS } from '../../packages/docx/src/appendix-table.js';
import { LANDSCAPE_MARGINS } from '../../packages/docx/src/page.js';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
export const RENDERING_AVAILABLE = SOFFICE !== undefined && existsSync('/usr/bin/pdftotext');

export interface Word {
    text: string;
    x: number;
    y: number;
    bottom: number;
}

export interface RenderedPage {
    /** The page's text laid out (`pdftotext -layout`). */
    text: string;
    /** Every word with its position in points from the top left corner. */
    words: Word[];
}

/** LibreOffice Calc, which renders an .xlsx (Debian's libreoffice-calc; `.ci/run` installs it). */
export const CALC_AVAILABLE = RENDERING_AVAILABLE && existsSync('/usr/lib/libreoffice/program/libsclo.so');

/** Renders a .docx (or an .xlsx) to PDF with LibreOffice and reads each page back, as text and as positioned words. */
export function renderPages(document: Uint8Array, name: string, extension: 'docx' | 'xlsx' = 'docx'): RenderedPage[] {
    const directory = mkdtempSync(path.join(tmpdir(), 'cchc-render-'));
    const file = path.join(directory, `${name}.${extension}`);
    writeFileSync(file, document);
    // A relative profile path makes LibreOffice hang; it must be an absolute file URL.
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${directory}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', directory, file],
        { stdio: 'ignore', timeout: 180_000 });
    const pdf = path.join(directory, `${name}.pdf`);
    const texts = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return [...boxes.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((page, index) => ({
        text: texts[index] ?? '',
        words: [...page[1].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
            .map(([, x, y, bottom, text]) => ({ text: decode(text), x: Number(x), y: Number(y), bottom: Number(bottom) }))
    }));
}

const decode = (text: string): string =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The appendix table's column (0 STT … 4 Ghi chú) a word starts in, from the page geometry. */
export function columnOf(word: Word): number {
    let right = LANDSCAPE_MARGINS.left / 20;
    for (let column = 0; column < APPENDIX_COLUMNS.length; column++) {
        right += APPENDIX_COLUMNS[column] / 20;
        if (word.x < right - 1) return column;
    }
    return APPENDIX_COLUMNS.length - 1;
}

/** The words of `words` on the topmost line, by column, each column's text joined. */
export function topLine(words: Word[]): string[] {
    const top = Math.min(...words.map(word => word.y));
    const columns: string[][] = APPENDIX_COLUMNS.map(() => []);
    for (const word of words.filter(w => w.y < top + 3).sort((a, b) => a.x - b.x)) columns[columnOf(word)].push(word.text);
    return columns.map(column => column.join(' '));
}
