import { Packer, type File } from 'docx';
import { strToU8, type Unzipped } from 'fflate';

/** The compiler Packer zips a document's parts with (docx 9.15.2, pinned). */
interface Compiler {
    compile(file: File): Map<string, string | Unzipped[string]>;
}

/**
 * The document's parts by path, as docx writes them, unzipped. Packer has no public call that gives them: it zips them
 * (with the time of packing in every entry), and we would unzip them only to zip them again deterministically, so
 * this asks Packer's compiler directly and the parts are zipped once.
 */
export function documentParts(document: File): Unzipped {
    const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
    if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler.compile not found; was docx upgraded from 9.15.2?');
    const files: Unzipped = {};
    for (const [path, data] of compiler.compile(document)) files[path] = typeof data === 'string' ? strToU8(data) : data;
    return files;
}
