export { writeFileAtomically, WriteError } from './write-file-atomically.js';
export { checkExportTarget, DOCUMENT_KINDS, documentKindOf, expandHome, writeExport, type DocumentKind, type ExportTargetOptions } from './export-target.js';
export { deterministicZip, editPart, fixedTimestamp, withTimestamp } from './deterministic-zip.js';
