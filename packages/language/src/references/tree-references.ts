import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/**
 * Every cross-reference under `root`, in the order Langium's linker and reference indexer visit them (each node's
 * own references, then its children's, depth first, properties in their order), by a plain recursive walk: Langium
 * streams the tree and awaits a cancellation check at every node, which made a template of 29,100 rows spend
 * most of its linking and indexing walking nodes that hold no reference.
 */
export function treeReferences(root: AstNode): ReferenceInfo[] {
    const references: ReferenceInfo[] = [];
    const visit = (node: AstNode): void => {
        const record = node as unknown as Record<string, unknown>;
        const keys = Object.keys(node).filter(key => !key.startsWith('$'));
        for (const property of keys) {
            const value = record[property];
            if (isReference(value) || isMultiReference(value)) {
                references.push({ reference: value, container: node, property });
            } else if (Array.isArray(value)) {
                value.forEach((element, index) => {
                    if (isReference(element) || isMultiReference(element)) references.push({ reference: element, container: node, property, index });
                });
            }
        }
        for (const property of keys) {
            const value = record[property];
            if (isAstNode(value)) visit(value);
            else if (Array.isArray(value)) for (const element of value) if (isAstNode(element)) visit(element);
        }
    };
    visit(root);
    return references;
}
