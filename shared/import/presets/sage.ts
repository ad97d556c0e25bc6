// Sage 50 Accounts (UK and Ireland): Reports → Aged Debtors → Aged Debtors Analysis (Detailed),
// exported to CSV with one row per outstanding transaction, the account repeated on each row.
// Types: SI invoice, SC credit note, SA payment on account. Dates are written as the company's
// settings say; the column decides, the user is asked when it cannot.
import type { ImportPreset } from '../model';

export const sage50AgedDebtors: ImportPreset = {
  id: 'sage-50-aged-debtors',
  name: 'Sage 50 — Aged Debtors (Detailed)',
  source: 'sage-50',
  content: 'invoices',
  requiredHeaders: ['a/c', 'name', 'type', 'date', 'ref', 'balance', 'current', 'period 1'],
  optionalHeaders: ['no', 'details', 'due date', 'future', 'period 2', 'period 3', 'older', 'contact', 'telephone', 'credit limit'],
  columns: {
    customerAccount: ['a/c'],
    customer: ['name'],
    contactName: ['contact'],
    phone: ['telephone'],
    transactionType: ['type'],
    invoiceDate: ['date'],
    dueDate: ['due date'],
    invoiceNumber: ['ref'],
    description: ['details'],
    openBalance: ['balance'],
  },
  fullListByDefault: true,
};

export const sagePresets: ImportPreset[] = [sage50AgedDebtors];
