// Invoice numbers follow issue dates (as a real billing system's would), but stories write
// their notes before every invoice exists; they cite invoices by placeholder until the end.
import type { DataSet } from './data-set';

const placeholder = /\{\{inv:([^}]+)\}\}/g;

/** Numbers every invoice INV-<first>, INV-<first+1>... by issue date and resolves placeholders. */
export function numberInvoices(data: DataSet, first: number): void {
  const ordered = data.invoices.map((invoice, index) => ({ invoice, index }));
  ordered.sort((a, b) =>
    a.invoice.issueDate < b.invoice.issueDate ? -1 : a.invoice.issueDate > b.invoice.issueDate ? 1 : a.index - b.index,
  );
  const numbers = new Map<string, string>();
  ordered.forEach(({ invoice }, i) => {
    invoice.number = `INV-${first + i}`;
    numbers.set(invoice.id, invoice.number);
  });
  const fill = (text: string) => text.replace(placeholder, (_, id: string) => numbers.get(id) ?? 'the invoice');
  for (const call of data.calls) call.note = fill(call.note);
  for (const note of data.notes) note.text = fill(note.text);
  for (const dispute of data.disputes) dispute.details = fill(dispute.details);
  for (const followUp of data.followUps) followUp.note = fill(followUp.note);
}
