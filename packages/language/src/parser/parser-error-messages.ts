import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { encodeReason } from '../messages/syntax.js';

/**
 * The parsers' error messages from the catalogue: "thiếu dấu `)`", not "Expecting token of type ')'". The message
 * is the encoded reason (expected token kinds, the token found); the document validator writes it in the user's
 * language, so that it follows a change of `cchc.messages.language` without parsing again.
 */
export class CchcParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken }): string {
        return this.missing([expected], actual);
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return encodeReason({ key: 'not-expected', params: { found: shown(firstRedundant) ?? '' } });
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        return this.missing(expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])), actual[0]);
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return this.missing(expectedIterationPaths.map(path => path[0]), actual[0]);
    }

    private missing(expected: (TokenType | undefined)[], actual: IToken | undefined): string {
        const kinds = [...new Set(expected.filter(type => type !== undefined).map(type => type.name))];
        return encodeReason({ key: 'missing', params: { expected: kinds, found: actual && shown(actual) } });
    }
}

/** A token as the user wrote it; undefined at the end of the file or of a line (nothing to show). */
function shown(token: IToken): string | undefined {
    const text = token.image.trim();
    return text.length > 0 ? text : undefined;
}
