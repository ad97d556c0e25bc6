// Contact details the file has differently from what was typed in Call Desk: never replaced
// silently; the user picks, row by row (Call Desk's stays unless they choose the file's).
import type { ContactDifference } from '../../shared/import/model';

interface Props {
  differences: readonly ContactDifference[];
  takeFromFile: ReadonlySet<string>;
  onChange(id: string, take: boolean): void;
}

export function ContactDifferences({ differences, takeFromFile, onChange }: Props) {
  if (differences.length === 0) return null;
  return (
    <div className="import-contact-differences">
      <h3>Contact details that differ</h3>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Detail</th>
            <th scope="col">Keep</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((d) => {
            const name = `import-contact-${d.id}`;
            const take = takeFromFile.has(d.id);
            return (
              <tr key={d.id}>
                <th scope="row">{d.customerName}</th>
                <td>{d.field}</td>
                <td>
                  <fieldset className="import-contact-choice">
                    <legend className="visually-hidden">
                      {d.customerName}: {d.field}
                    </legend>
                    <label>
                      <input type="radio" name={name} checked={!take} onChange={() => onChange(d.id, false)} />
                      Call Desk’s: {d.inCallDesk || '(none)'}
                    </label>
                    <label>
                      <input type="radio" name={name} checked={take} onChange={() => onChange(d.id, true)} />
                      The file’s: {d.inFile || '(none)'}
                    </label>
                  </fieldset>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
