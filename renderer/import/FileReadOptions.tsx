// What was recognised in the file, and how it was read: the text encoding and delimiter of a
// text file, or the sheet of a workbook. Changing one reads the file again.
import { useEffect, useRef } from 'react';
import type { Delimiter, TextEncodingName } from '../../shared/import/model';
import { SelectLike } from './SelectLike';
import { delimiterLabels, encodingLabels, encodingReasonLabels } from './import-wording';
import type { FileAnalysis } from './import-worker-protocol';
import type { ReadOptions } from '../../shared/import/model';
import { plural } from '../../shared/wording/plural';

interface Props {
  analysis: FileAnalysis;
  locale: string;
  onReread(options: ReadOptions): void;
}

const encodings = Object.keys(encodingLabels) as TextEncodingName[];
const delimiters = Object.keys(delimiterLabels) as Delimiter[];

export function FileReadOptions({ analysis, locale, onReread }: Props) {
  const { preset } = analysis;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A file was just read: say what it is to the keyboard and screen reader user too.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card import-recognised" aria-labelledby="import-recognised-heading">
      <h2 id="import-recognised-heading" ref={headingRef} tabIndex={-1}>
        {preset ? `Recognised: ${preset.name}` : 'Not recognised — choose the columns'}
      </h2>
      <p className="muted">
        {analysis.fileName} · {plural(analysis.dataRowCount, 'row', 'rows', locale)} under the header on row {analysis.headerRowNumber}
      </p>
      <div className="import-read-options">
        {analysis.encoding && (
          <SelectLike
            label="Text encoding"
            value={analysis.encoding}
            hint={analysis.encodingReason ? encodingReasonLabels[analysis.encodingReason] : undefined}
            options={encodings.map((value) => ({ value, label: encodingLabels[value] }))}
            onChange={(encoding) => onReread({ encoding: encoding as TextEncodingName })}
          />
        )}
        {analysis.delimiter && (
          <SelectLike
            label="Columns separated by"
            value={analysis.delimiter}
            options={delimiters.map((value) => ({ value, label: delimiterLabels[value] }))}
            onChange={(delimiter) => onReread({ delimiter: delimiter as Delimiter })}
          />
        )}
        {analysis.sheetNames && analysis.sheetNames.length > 1 && analysis.sheet && (
          <SelectLike
            label="Sheet"
            value={analysis.sheet}
            options={analysis.sheetNames.map((value) => ({ value, label: value }))}
            onChange={(sheet) => onReread({ sheet })}
          />
        )}
      </div>
    </section>
  );
}
