// The template engine shared by call scripts, letters and e-mails: the merge-field catalog for
// the picker, the save-time check, the live preview and the three written forms.
export { mergeFieldByName, mergeFieldGroups, mergeFields, mergeFieldToken, acceptedFieldNames } from './merge-fields';
export type { MergeField, MergeFieldGroup, MergeFieldGroupId } from './merge-fields';
export { firstNameOf } from './field-resolvers';
export {
  parseTemplate,
  type ParsedTemplate,
  type TemplatePart,
  type TemplateProblem,
  type TemplateProblemCode,
  type TextSpan,
} from './template-text';
export { checkTemplate, suggestField, type TemplateKind } from './check-template';
export { checkScriptTemplate, type ScriptTemplateProblem } from './check-script';
export { resolveField, resolveTemplate, type MissingValue, type ResolvedTemplate } from './resolve-template';
export {
  previewTemplate,
  refuse as refuseRender,
  renderEmail,
  renderLetterHtml,
  renderPlainText,
  renderScriptText,
  type EmailProblem,
  type RenderRefusal,
  type Rendered,
} from './render';
