// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { AttachDocumentsDialog } from '../../../renderer/documents/AttachDocumentsDialog';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { customerInput, invoiceInput } from '../data/fixtures';
import { newDb, renderWithDb } from '../forms/render-with-db';
import { pngBomb } from '../../fixtures/images/crafted-images';
import { pdfBytes, pngBytes, textBytes } from './sample-files';

const fileOf = (bytes: Uint8Array, name: string, type = '') => new File([bytes.slice()], name, { type });

async function setup(files: File[], initialInvoice = false) {
  const db = newDb();
  const customer = await createCustomer(db, customerInput());
  const first = await saveInvoice(db, customer.id, invoiceInput({ number: 'INV-1' }));
  const second = await saveInvoice(db, customer.id, invoiceInput({ number: 'INV-2', dueDate: '2024-02-29' }));
  const onAttached = vi.fn();
  const onClose = vi.fn();
  renderWithDb(
    <AttachDocumentsDialog
      customerId={customer.id}
      files={files}
      initialInvoiceId={initialInvoice ? second.id : null}
      invoices={[first, second]}
      locale="en-US"
      onClose={onClose}
      onAttached={onAttached}
    />,
    db,
  );
  return { db, customer, first, second, onAttached, onClose };
}

const attachButton = () => screen.getByRole('button', { name: 'Attach' }) as HTMLButtonElement;

describe('AttachDocumentsDialog', () => {
  it('lists the refused files with their reasons and attaches the others with the chosen type and invoice', async () => {
    const { db, customer, first, onAttached } = await setup([
      fileOf(pdfBytes, 'PO-77.pdf', 'application/pdf'),
      fileOf(textBytes, 'notes.pdf', 'application/pdf'),
      fileOf(pngBytes, 'photo.png', 'image/png'),
    ]);
    const type = await screen.findByLabelText('Type of PO-77.pdf');
    expect((type as HTMLSelectElement).value).toBe('purchase-order');
    expect(screen.getByRole('alert').textContent).toContain(
      'notes.pdf is named as a PDF, but its contents are not a PDF, PNG or JPEG file.',
    );
    expect(screen.queryByLabelText('Type of notes.pdf')).toBeNull();

    const invoiceChoice = screen.getByLabelText('Invoice for photo.png') as HTMLSelectElement;
    expect([...invoiceChoice.options].map((o) => o.text)).toEqual(['Whole account', 'INV-1', 'INV-2']);
    fireEvent.change(invoiceChoice, { target: { value: first.id } });
    fireEvent.change(screen.getByLabelText('Type of photo.png'), { target: { value: 'proof-of-delivery' } });
    await waitFor(() => expect(attachButton().disabled).toBe(false));
    fireEvent.click(attachButton());

    await waitFor(() => expect(onAttached).toHaveBeenCalledTimes(1));
    const stored = await db.documents.where({ customerId: customer.id }).sortBy('fileName');
    expect(stored.map((d) => [d.fileName, d.category, d.invoiceId, d.mime])).toEqual([
      ['PO-77.pdf', 'purchase-order', null, 'application/pdf'],
      ['photo.png', 'proof-of-delivery', first.id, 'image/png'],
    ]);
    expect(await db.documentFiles.count()).toBe(2);
  });

  it('starts every file on the invoice it was dropped on', async () => {
    const { second } = await setup([fileOf(pdfBytes, 'a.pdf'), fileOf(pdfBytes, 'b.pdf')], true);
    expect(((await screen.findByLabelText('Invoice for a.pdf')) as HTMLSelectElement).value).toBe(second.id);
    expect((screen.getByLabelText('Invoice for b.pdf') as HTMLSelectElement).value).toBe(second.id);
  });

  it('cannot attach when every file is refused', async () => {
    const { db, onClose } = await setup([fileOf(new Uint8Array(), 'empty.pdf'), fileOf(pdfBytes, 'terms.docx')]);
    await screen.findByText('None of the chosen files can be attached.');
    const reasons = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons).toEqual([
      'empty.pdf is empty (0 bytes), so there is nothing to attach.',
      'terms.docx is a .docx file. Only PDF documents and PNG or JPEG images can be attached: save or scan it as a PDF first.',
    ]);
    expect(attachButton().disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(await db.documents.count()).toBe(0);
  });

  it('refuses the image bomb (a 16,000 × 16,000 PNG) with its size and the limit, and stores only the other file', async () => {
    const { db, customer, onAttached } = await setup([fileOf(pngBomb(), 'site-photo.png', 'image/png'), fileOf(pdfBytes, 'PO-77.pdf')]);
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain(
      'site-photo.png is 16,000 × 16,000 pixels (256 megapixels); Call Desk accepts pictures up to 40 megapixels. Save a smaller copy and attach that.',
    );
    expect(screen.queryByLabelText('Type of site-photo.png')).toBeNull();
    await waitFor(() => expect(attachButton().disabled).toBe(false));
    fireEvent.click(attachButton());
    await waitFor(() => expect(onAttached).toHaveBeenCalledTimes(1));
    const stored = await db.documents.where({ customerId: customer.id }).toArray();
    expect(stored.map((d) => d.fileName)).toEqual(['PO-77.pdf']);
    expect(await db.documentFiles.count()).toBe(1);
  });
});
