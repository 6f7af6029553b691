import {
    DefaultDocumentValidator, type AstNode, type Cancellation, type LangiumDocument, type ParseResult, type ValidateSingleNodeOptions,
    type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isReport, isTemplate, reflection, Report, Template } from '../generated/ast.js';
import { isNestingTooDeep } from '../parser/nesting-limit.js';
import type { CchcSettings } from '../settings.js';
import { legacyFontDiagnostic, notUtf8Diagnostic } from './encoding.js';

/**
 * Syntax errors get the stable code `syntax` and a Vietnamese lead. A report's unresolved codes are left to the
 * report checks (which suggest the nearest code); a template's unresolved codes become `template-unknown-code`.
 */
export class CchcDocumentValidator extends DefaultDocumentValidator {
    settings?: CchcSettings;

    /**
     * Text that was not UTF-8 gets its `encoding` error alone; legacy-font text a `legacy-encoding` warning. Both
     * come with the built-in category, which every validation of a document starts with and runs once.
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const text = document.textDocument.getText();
        const builtIn = !options.categories || options.categories.includes('built-in');
        const notUtf8 = notUtf8Diagnostic(text, this.english());
        if (notUtf8) return builtIn ? [notUtf8] : [];
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const legacyFont = builtIn ? legacyFontDiagnostic(text, this.english()) : undefined;
        if (legacyFont) diagnostics.push(legacyFont);
        return diagnostics;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        // Langium makes one diagnostic per lexer error, in order.
        parseResult.lexerErrors.forEach((error, index) => {
            const diagnostic = diagnostics[start + index];
            if (!isNestingTooDeep(error) || !diagnostic) return;
            const [vi, en] = error.message.split(' / ');
            diagnostic.code = error.code;
            diagnostic.data = { ...(diagnostic.data as object), code: error.code };
            diagnostic.message = this.english() ? en : vi;
        });
        this.markSyntax(diagnostics.filter((diagnostic, index) => index >= start && diagnostic.code !== 'nesting-too-deep'));
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        this.markSyntax(diagnostics.slice(start));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        if (!isTemplate(document.parseResult.value)) return;
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        for (const diagnostic of diagnostics.slice(start)) {
            const refText = (diagnostic.data as { refText?: string } | undefined)?.refText ?? '';
            diagnostic.code = 'template-unknown-code';
            diagnostic.data = { ...(diagnostic.data as object), code: 'template-unknown-code' };
            diagnostic.message = this.english()
                ? `No item or footnote ${refText} is declared in this template`
                : `Mẫu này không khai báo chỉ tiêu hay chú thích ${refText}`;
        }
    }

    /**
     * Every report check is registered on the Report root and reads the whole report from there; so is every template
     * check, as long as no check is registered on a part of a template. Visiting the 100,000 nodes of a large template
     * one by one for no check would cost more than its checks.
     */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): ValidateSingleNodeOptions {
        if (isReport(node) || (isTemplate(node) && !this.checksBelowTheRoot(options))) return { validateNode: true, validateChildren: false };
        return super.validateSingleNodeOptions(node, options);
    }

    private checksBelowTheRoot(options: ValidationOptions): boolean {
        return reflection.getAllTypes().some(type => type !== Template.$type && type !== Report.$type
            && this.validationRegistry.getChecks(type, options.categories).some(() => true));
    }

    private markSyntax(diagnostics: Diagnostic[]): void {
        for (const diagnostic of diagnostics) {
            diagnostic.code = 'syntax';
            diagnostic.data = { ...(diagnostic.data as object), code: 'syntax' };
            if (typeof diagnostic.message === 'string' && !diagnostic.message.includes(' / ')) {
                diagnostic.message = this.english()
                    ? `Syntax error: ${diagnostic.message}`
                    : `Lỗi cú pháp / syntax error: ${diagnostic.message}`;
            }
        }
    }

    private english(): boolean {
        return this.settings?.messageLanguage === 'en';
    }
}
