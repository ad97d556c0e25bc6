// The first step: what to export from the books, and the button that opens main's dialog.
import { Button } from '../ui/Button';

export function ChooseImportFile({ onChoose }: { onChoose(): void }) {
  return (
    <section className="card import-choose" aria-labelledby="import-choose-heading">
      <h2 id="import-choose-heading">Choose a report or list from your accounting program</h2>
      <p>
        Export an <strong>A/R aging</strong> or <strong>open invoices</strong> report (or an invoice or customer list) from QuickBooks,
        Xero, Sage, FreshBooks, Wave, Zoho Books or MYOB as CSV or Excel, or use any spreadsheet with one invoice per row.
      </p>
      <p className="muted">
        Nothing is saved until you have seen what the file changes and confirmed it. You can also drop the file on this window.
      </p>
      <Button variant="primary" onClick={onChoose} autoFocus>
        Choose a file…
      </Button>
    </section>
  );
}
