/** A form that cannot be imported at all (not a readable file, no table with the expected columns): one sentence why. */
export class ImportError extends Error {}
