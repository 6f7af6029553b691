import { createHash } from 'node:crypto';

/** The last line the build writes on a bundle (scripts/bundle.mjs): its build id, the SHA-256 of the text before it. */
export const BUILD_ID_LINE = /\/\/ cchc-build ([0-9a-f]{64})\n$/;

export function buildIdOf(bundle: string): string | undefined {
    return BUILD_ID_LINE.exec(bundle)?.[1];
}

/** A bundle's text with its build id line written anew, as the build writes it. */
export function stamped(bundle: string): string {
    const unstamped = bundle.replace(BUILD_ID_LINE, '');
    return `${unstamped}// cchc-build ${createHash('sha256').update(unstamped).digest('hex')}\n`;
}
