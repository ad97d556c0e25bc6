// The shapes an import passes through, from the bytes of a file to the plan the user confirms:
//
//   bytes ──read──▶ Grid ──layout──▶ ReportTable ──(preset or mapping)──▶ ParsedBook
//         ──reconcile (with what is stored)──▶ ImportPlan ──apply (one transaction)──▶ stored
//
// Every stage is pure (shared/import/*) except reading what is stored and applying, which live
// in renderer/import. Row numbers are always the file's own, 1-based, as a spreadsheet shows them.
//
// Each stage's shapes live in ./model/; this file gathers them for the stages that use several.
export * from './model/grid';
export * from './model/report-table';
export * from './model/mapping';
export * from './model/book';
export * from './model/preset';
export * from './model/plan';
