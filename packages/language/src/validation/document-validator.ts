import {
    Cancellation, DefaultDocumentValidator, type AstNode, type DiagnosticInfo, type LangiumDocument, type ParseResult,
    type ValidateSingleNodeOptions, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isReport, isTemplate, reflection, Report, Template } from '../generated/ast.js';
import { diagnosticMessage } from '../messages/diagnostics.js';
import { decodeReason, isReadingError, syntaxMessage } from '../messages/syntax.js';
import { isNestingTooDeep, MAX_NESTING } from '../parser/nesting-limit.js';
import type { CchcSettings, MessageLanguage } from '../settings.js';
import { legacyFontDiagnostic, notUtf8Diagnostic } from './encoding.js';
import { madeBefore, type DiagnosticMaker } from './findings-memo.js';
import { lacksCharacters } from '../report/absent-characters.js';
import { ANY_FOREIGN } from '@cchc/encoding';

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
        const notUtf8 = notUtf8Diagnostic(text, this.language());
        if (notUtf8) return builtIn ? [notUtf8] : [];
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        // A report read in place from a text without legacy-font characters is looked at where it was edited.
        const root = document.parseResult.value;
        const mayBeLegacy = builtIn && !(isReport(root) && lacksCharacters(root, ANY_FOREIGN));
        const legacyFont = mayBeLegacy ? legacyFontDiagnostic(text, this.language()) : undefined;
        if (legacyFont) diagnostics.push(legacyFont);
        return diagnostics;
    }

    /** A finding whose diagnostic was made by an earlier validation (`findings-memo.ts`) gives that diagnostic. */
    protected override toDiagnostic<N extends AstNode>(severity: Parameters<DiagnosticMaker>[0], message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        return madeBefore(info as DiagnosticInfo<AstNode>) ?? super.toDiagnostic(severity, message, info);
    }

    /** The diagnostics list of each acceptor `validateAst` hands the checks. */
    private readonly listOf = new WeakMap<ValidationAcceptor, Diagnostic[]>();

    /** Langium's, with the acceptor's list known, so that a diagnostic already made can be added to it as it is. */
    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const validationItems: Diagnostic[] = [];
        const acceptor: ValidationAcceptor = (severity, message, info) => {
            validationItems.push(this.toDiagnostic(severity, message, info));
        };
        this.listOf.set(acceptor, validationItems);
        await this.validateAstBefore(rootNode, options, acceptor, cancelToken);
        await this.validateAstNodes(rootNode, options, acceptor, cancelToken);
        await this.validateAstAfter(rootNode, options, acceptor, cancelToken);
        return validationItems;
    }

    /**
     * Adds a diagnostic made by an earlier validation (`findings-memo.ts`) to the list of a check's `accept` as it is,
     * without an acceptor's call and info object for each of the ~75,000 a keystroke in a large report gives again;
     * undefined for an acceptor not handed out by `validateAst`.
     */
    madeSink(accept: ValidationAcceptor): ((diagnostic: Diagnostic) => void) | undefined {
        const list = this.listOf.get(accept);
        return list && (diagnostic => { list.push(diagnostic); });
    }

    /** How this validator makes a diagnostic of a finding. */
    readonly makeDiagnostic: DiagnosticMaker = (severity, message, info) => super.toDiagnostic(severity, message, info);

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        // Langium makes one diagnostic per lexer error, in order.
        parseResult.lexerErrors.forEach((error, index) => {
            const diagnostic = diagnostics[start + index];
            if (!diagnostic) return;
            if (isNestingTooDeep(error)) {
                diagnostic.code = error.code;
                diagnostic.data = { ...(diagnostic.data as object), code: error.code };
                diagnostic.message = diagnosticMessage(this.language(), error.code, { max: MAX_NESTING });
            } else if (isReadingError(error)) {
                this.markSyntax([diagnostic], false);
                diagnostic.message = syntaxMessage(this.language(), error.reason);
            } else {
                this.markSyntax([diagnostic], true);
            }
        });
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        this.markSyntax(diagnostics.slice(start), true);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        if (!isTemplate(document.parseResult.value)) return;
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        for (const diagnostic of diagnostics.slice(start)) {
            const refText = (diagnostic.data as { refText?: string } | undefined)?.refText ?? '';
            diagnostic.code = 'template-unknown-code';
            diagnostic.data = { ...(diagnostic.data as object), code: 'template-unknown-code' };
            diagnostic.message = diagnosticMessage(this.language(), 'template-unknown-code', { code: refText });
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

    /** The lexers' messages say what is wrong in their own words; a parser's gets the lead "Lỗi cú pháp:". */
    private markSyntax(diagnostics: Diagnostic[], withLead: boolean): void {
        for (const diagnostic of diagnostics) {
            diagnostic.code = 'syntax';
            diagnostic.data = { ...(diagnostic.data as object), code: 'syntax' };
            if (withLead && typeof diagnostic.message === 'string') {
                const reason = decodeReason(diagnostic.message);
                const detail = reason ? syntaxMessage(this.language(), reason) : diagnostic.message;
                diagnostic.message = diagnosticMessage(this.language(), 'syntax', { detail });
            }
        }
    }

    private language(): MessageLanguage {
        return this.settings?.messageLanguage ?? 'vi';
    }
}
