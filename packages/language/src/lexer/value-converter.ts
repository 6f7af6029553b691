import { type CstNode, DefaultValueConverter, type GrammarAST, type ValueType } from 'langium';

/**
 * Turns token text into AST values. Every string is normalised to NFC, so that text typed in NFD form (some
 * Vietnamese keyboards, text pasted from PDFs) compares equal to the template's. Token images keep the source
 * length; only values change.
 */
export class CchcValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING': return collapseLines(input.slice(1, input.endsWith('"') && input.length > 1 ? -1 : undefined)).normalize('NFC');
            case 'NOTE': return input.slice(1, input.endsWith(']') ? -1 : undefined).trim().normalize('NFC');
            case 'LINE_TEXT':
            case 'TEXT':
            case 'VALUE': return input.normalize('NFC');
            case 'CODE': return input.endsWith('.') ? input.slice(0, -1) : input;
        }
        const value = super.runConverter(rule, input, cstNode);
        return typeof value === 'string' ? value.normalize('NFC') : value;
    }
}

/** A quoted text value may run over several lines; the line breaks and indentation become single spaces. */
function collapseLines(text: string): string {
    return text.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}
