import type { ILexerErrorMessageProvider, IToken } from 'chevrotain';
import { encodeReason } from '../messages/syntax.js';

/**
 * The template lexer's (Langium's) error messages from the catalogue, encoded like the parsers' and worded by the
 * document validator in the user's language: `Ký tự không mong đợi "@"`, not "unexpected character: ->@<- at offset…".
 */
export class CchcLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return encodeReason({ key: 'unexpected-character', params: { char: fullText.substring(startOffset, startOffset + length) } });
    }

    /** The grammars have one lexer mode; a mode to pop is not there to be missing. */
    buildUnableToPopLexerModeMessage(token: IToken): string {
        return encodeReason({ key: 'not-expected', params: { found: token.image } });
    }
}
