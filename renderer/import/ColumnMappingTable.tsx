// Which column of the file holds each thing Call Desk reads: the column found (by the preset or
// by the headers' names), three values from it, and a select to change it.
import { importFields, type ColumnMapping, type ImportContent, type ImportField } from '../../shared/import/model';
import { importFieldLabels } from './import-wording';

interface Props {
  headers: string[];
  samples: string[][];
  mapping: ColumnMapping;
  content: ImportContent;
  /** Fields the last preview said are missing: marked so the user sees where to look. */
  missing: readonly ImportField[];
  /** Set when no preset said what the file holds: the user may say. */
  onContent?: ((content: ImportContent) => void) | undefined;
  onChange(field: ImportField, column: number | undefined): void;
}

/** What a customer list has no use for. */
const invoiceOnly: ReadonlySet<ImportField> = new Set([
  'invoiceNumber',
  'transactionType',
  'invoiceDate',
  'dueDate',
  'amount',
  'openBalance',
  'amountPaid',
  'poNumber',
  'terms',
  'description',
  'lineAmount',
]);

const notInFile = '';

export function ColumnMappingTable({ headers, samples, mapping, content, missing, onContent, onChange }: Props) {
  const fields = importFields.filter((field) => content === 'invoices' || !invoiceOnly.has(field));
  return (
    <section className="card import-mapping" aria-labelledby="import-mapping-heading">
      <h2 id="import-mapping-heading">Columns</h2>
      {onContent && (
        <fieldset className="import-choice import-content">
          <legend>This file lists</legend>
          <label>
            <input type="radio" name="import-content" checked={content === 'invoices'} onChange={() => onContent('invoices')} />
            Invoices owed, one per row
          </label>
          <label>
            <input type="radio" name="import-content" checked={content === 'customers'} onChange={() => onContent('customers')} />
            Customers and their contact details only
          </label>
        </fieldset>
      )}
      <p className="muted">Check the column each detail comes from. Change any that is wrong.</p>
      <div className="import-mapping-scroll">
        <table className="data import-mapping-table">
          <thead>
            <tr>
              <th scope="col">In Call Desk</th>
              <th scope="col">Column in the file</th>
              <th scope="col">Values in that column</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const column = mapping[field];
              const isMissing = missing.includes(field);
              const selectId = `import-column-${field}`;
              return (
                <tr key={field} className={isMissing ? 'import-missing' : undefined}>
                  <th scope="row">
                    <label htmlFor={selectId}>{importFieldLabels[field]}</label>
                    {isMissing && <span className="badge danger">needed</span>}
                  </th>
                  <td>
                    <select
                      id={selectId}
                      value={column === undefined ? notInFile : String(column)}
                      aria-invalid={isMissing || undefined}
                      onChange={(event) => onChange(field, event.target.value === notInFile ? undefined : Number(event.target.value))}
                    >
                      <option value={notInFile}>— not in this file —</option>
                      {headers.map((header, index) => (
                        <option key={index} value={String(index)}>
                          {header || `Column ${index + 1}`}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="import-samples">{column === undefined ? '' : (samples[column] ?? []).join(' · ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
