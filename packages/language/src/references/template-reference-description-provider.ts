import {
    Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type AstNode, type LangiumDocument, type ReferenceDescription
} from 'langium';
import { treeReferences } from './tree-references.js';

/** Describes a template's references for "Find All References", found by a plain walk of its tree. */
export class TemplateReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        await interruptAndCheck(cancelToken);
        return this.describeTemplate(document.parseResult.value);
    }

    describeTemplate(template: AstNode): ReferenceDescription[] {
        return treeReferences(template)
            .filter(info => !info.reference.error)
            .flatMap(info => this.createInfoDescriptions(info));
    }
}
