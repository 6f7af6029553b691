import { type CstNode, DefaultValueConverter, type GrammarAST, type ValueType } from 'langium';
import { withoutInvisible } from './invisible-characters.js';

/**
 * Turns token text into AST values. Every string is normalised to NFC, so that text typed in NFD form (some
 * Vietnamese keyboards, text pasted from PDFs) compares equal to the template's. Token images keep the source
 * length; only values change.
 */
export class CchcValueConverter extends DefaultValueConverter {
    /** `convert` with the rule already known: the direct report parser looks each element's rule up once. */
    convertByRule(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        return this.runConverter(rule, input, cstNode);
    }

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING': return toNFC(collapseLines(input.slice(1, input.endsWith('"') && input.length > 1 ? -1 : undefined)));
            case 'NOTE': return toNFC(input.slice(1, input.endsWith(']') ? -1 : undefined).trim());
            case 'TEXT': return toNFC(input);
            // Keywords, codes, part keys and values are read without invisible characters (a check reports them).
            case 'LINE_TEXT':
            case 'VALUE':
            case 'PART_PATH': return toNFC(withoutInvisible(input));
            case 'HeaderKey': return withoutInvisible(input).toLowerCase();
            case 'CODE': {
                const code = withoutInvisible(input);
                return code.endsWith('.') ? code.slice(0, -1) : code;
            }
        }
        const value = super.runConverter(rule, input, cstNode);
        return typeof value === 'string' ? toNFC(value) : value;
    }
}

/**
 * A quoted text value may run over several lines; the line breaks and indentation become single spaces. Split at
 * `\n` rather than matched with `[ \t]*\r?\n[ \t]*`, which rescanned a long run of spaces from each of its
 * positions (quadratic).
 */
function collapseLines(text: string): string {
    if (!text.includes('\n')) return text;
    const lines = text.split('\n');
    return lines.map((line, index) => {
        let start = 0;
        let end = line.length;
        if (index < lines.length - 1) {
            if (line.endsWith('\r')) end--;
            while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
        }
        if (index > 0) while (start < end && isBlank(line.charCodeAt(start))) start++;
        return line.slice(start, end);
    }).join(' ');
}

/** A space or a tab. */
function isBlank(code: number): boolean {
    return code === 0x20 || code === 0x09;
}

/**
 * `text` in NFC. Text below U+0300 (where the combining marks begin) is NFC already, which is cheaper to see than to
 * normalize: most values are numbers and codes.
 */
function toNFC(text: string): string {
    for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) >= 0x300) return text.normalize('NFC');
    }
    return text;
}
