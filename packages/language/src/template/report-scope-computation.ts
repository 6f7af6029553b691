import { DefaultScopeComputation, EMPTY_STREAM, type AstNodeDescription, type LocalSymbols } from 'langium';

/**
 * A report declares nothing that others refer to, and its own codes resolve against its template
 * (ReportScopeProvider), so there is nothing to export or to collect per document: two walks of the whole tree saved.
 */
export class ReportScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return NO_LOCAL_SYMBOLS;
    }
}

const NO_LOCAL_SYMBOLS: LocalSymbols = { has: () => false, getStream: () => EMPTY_STREAM };
