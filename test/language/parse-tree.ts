import {
    AstUtils, CstUtils, isAstNode, isCompositeCstNode, isLeafCstNode, isReference,
    type AstNode, type CstNode, type Grammar, type ParseResult
} from 'langium';

/**
 * A parse result's whole tree as plain data, for comparing two parsers: AST nodes numbered in walk order, CST nodes
 * (hidden ones included) with their offsets, ranges, token types, AST nodes and grammar elements (numbered in
 * `grammar`), and the errors. The order of an AST node's properties is compared too: Langium's tree walks follow it.
 */
export function describeTree(result: ParseResult, grammar: Grammar): unknown {
    const grammarIds = new Map<unknown, number>([grammar, ...AstUtils.streamAllContents(grammar)].map((element, index) => [element, index]));
    const astIds = new Map<AstNode, number>();
    AstUtils.streamAst(result.value).forEach(node => astIds.set(node, astIds.size));
    const cst = (node: CstNode): unknown => ({
        offset: node.offset, end: node.end, range: node.range, hidden: node.hidden,
        grammarSource: grammarIds.get(node.grammarSource), astNode: astIds.get(node.astNode),
        token: isLeafCstNode(node) ? node.tokenType.name : undefined,
        content: isCompositeCstNode(node) ? node.content.map(cst) : undefined
    });
    const value = (v: unknown): unknown => {
        if (isReference(v)) return { refText: v.$refText, refNode: v.$refNode && CstUtils.toDocumentSegment(v.$refNode) };
        if (isAstNode(v)) return astIds.get(v);
        return Array.isArray(v) ? v.map(value) : v;
    };
    const ast = [...astIds.keys()].map(node => ({
        ...Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith('$')).map(([key, v]) => [key, value(v)])),
        $keys: Object.keys(node).filter(key => !key.startsWith('$')),
        $type: node.$type, $container: node.$container && astIds.get(node.$container),
        $containerProperty: node.$containerProperty, $containerIndex: node.$containerIndex,
        $cstNode: node.$cstNode && [node.$cstNode.offset, node.$cstNode.end, grammarIds.get(node.$cstNode.grammarSource)]
    }));
    return {
        ast, cst: cst(result.value.$cstNode!), fullText: result.value.$cstNode?.root.fullText,
        lexerErrors: result.lexerErrors, parserErrors: result.parserErrors.map(e => e.message)
    };
}
