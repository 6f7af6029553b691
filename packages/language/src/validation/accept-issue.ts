import { isAstNode, isReference, type AstNode, type ValidationAcceptor } from 'langium';
import { DiagnosticTag, type Range } from 'vscode-languageserver-types';
import { DIAGNOSTICS, diagnosticMessage, severityOf } from '../messages/diagnostics.js';
import { oneCopy } from '../one-copy.js';
import type { CchcSettings } from '../settings.js';
import type { Issue, IssueAcceptor } from './issue.js';

/**
 * Turns the issues of one validation run into Langium diagnostics: the message from the catalogue in the user's
 * language, the code's default severity unless the issue sets one, and `data` carrying the code.
 */
export function issueAcceptor(settings: CchcSettings, accept: ValidationAcceptor): IssueAcceptor {
    // Diagnostics that share their facts (every repeat of a duplicate code) share one data object too.
    const dataWithCode = new Map<object, Record<string, unknown>>();
    const dataOf = (code: string, facts: object | undefined) => {
        if (!facts) return codeOnly(code);
        let data = dataWithCode.get(facts);
        if (data?.code !== code) dataWithCode.set(facts, data = { code, ...facts });
        return data;
    };
    const codeOnlyData = new Map<string, Record<string, unknown>>();
    const codeOnly = (code: string) => {
        let data = codeOnlyData.get(code);
        if (!data) codeOnlyData.set(code, data = { code });
        return data;
    };
    // A message is built of pieces (V8 keeps each as a tree of concatenations); diagnostics with the same words keep
    // one flat copy: the 61,000 repeats of the 5 MB report's codes say the same thing ~100 ways.
    const messageOf = oneCopy();
    return <N extends AstNode>(issue: Issue<N>) => accept(issue.severity ?? severityOf(issue.code), messageOf(diagnosticMessage(settings.messageLanguage, issue.code, issue.params as never)), {
        node: issue.node,
        property: issue.property as never,
        index: issue.index,
        range: issue.range ?? propertyRange(issue.node, issue.property, issue.index),
        code: issue.code,
        tags: DIAGNOSTICS[issue.code].faded ? [DiagnosticTag.Unnecessary] : undefined,
        data: dataOf(issue.code, issue.data)
    });
}

/**
 * The range of a property that holds a node or a reference, read from that node: Langium would search the owner's
 * CST for it, which adds up when a large report has thousands of findings. Other properties are left to Langium.
 */
function propertyRange(node: AstNode, property: string | undefined, index: number | undefined): Range | undefined {
    if (property === undefined) return undefined;
    let value = (node as unknown as Record<string, unknown>)[property];
    if (Array.isArray(value)) value = index === undefined ? undefined : value[index];
    if (isReference(value)) return value.$refNode?.range;
    return isAstNode(value) ? value.$cstNode?.range : undefined;
}
