export * from './cchc-module.js';
export * from './settings.js';
export * from './generated/ast.js';
export { AppendixValues, type ItemEntry } from './report/appendix.js';
export * from './report/header.js';
export * from './report/numbers.js';
export { buildCatalog, findPart, allParts, type Catalog, type IndicatorDef, type PartDef } from './template/catalog.js';
export { REPORT_CHECKS } from './validation/report-validator.js';
export { BUILTIN_TEMPLATES } from './templates/builtin-templates.js';
