import { decodeText } from '@cchc/encoding';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';

/**
 * Langium's Node file system, reading files as the CLI does: UTF-8 with or without a BOM, UTF-16 with a BOM, and
 * U+FFFD for bytes that are not UTF-8 (which the validator reports as `encoding`). The language server reads the
 * workspace's templates and reports that are not open in the editor through this.
 */
export class DecodingFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return decodeText(await this.readBinary(uri)).text;
    }

    override readFileSync(uri: URI): string {
        return decodeText(this.readBinarySync(uri)).text;
    }
}

export const DecodingNodeFileSystem = { fileSystemProvider: () => new DecodingFileSystemProvider() };
