// Renders filled script text: account figures highlighted so the caller reads them exactly,
// prompts set apart in brackets because they are instructions, not words to say.
import { Fragment } from 'react';
import type { FilledText } from '../../shared/scripts';
import { keepCodesWhole } from '../ui/KeepCodesWhole';

export function ScriptText({ text }: { text: FilledText }) {
  return (
    <>
      {text.map((segment, index) => {
        if (segment.kind === 'figure') {
          return (
            <mark key={index} className="script-figure">
              {keepCodesWhole(segment.value)}
            </mark>
          );
        }
        if (segment.kind === 'prompt') {
          return (
            <span key={index} className="script-prompt">
              {` [${segment.value}] `}
            </span>
          );
        }
        return <Fragment key={index}>{keepCodesWhole(segment.value)}</Fragment>;
      })}
    </>
  );
}
