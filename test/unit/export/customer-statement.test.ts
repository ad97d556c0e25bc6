// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { customerStatementHeaderFooter, customerStatementHtml } from '../../../shared/export/customer-statement';
import { generatedAt, harborPointFile, settings } from './harbor-point.fixture';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('customerStatementHtml', () => {
  it('lists only the open invoices, with their total and aging', () => {
    const file = harborPointFile();
    const html = customerStatementHtml({ file, settings, generatedAt });
    const doc = parse(html);
    const numbers = [...doc.querySelectorAll('table.statement tbody tr:not(.totals) strong.nowrap')].map((n) => n.textContent);
    expect(numbers).toEqual(['INV-10253', 'INV-10263', 'INV-10288', 'INV-10308']);
    expect(html).not.toContain('INV-10172'); // paid
    const totals = doc.querySelector('table.statement tr.totals')?.textContent ?? '';
    expect(totals).toContain('4 open invoices');
    expect(totals).toContain('$4,827.15'); // original amounts
    expect(totals).toContain('$800.00'); // paid against them
    expect(totals).toContain('$4,027.15'); // owed
    const aging = doc.querySelector('table.aging')?.textContent ?? '';
    expect(aging).toContain('$1,686.40');
    expect(html).not.toMatch(/undefined|NaN/);
  });

  it('says where and how to pay: bank details, and the remit-to address (else the company address) for cheques', () => {
    const file = harborPointFile();
    const office = {
      ...settings,
      companyAddress: '200 Harbor Way\nOakland CA 94607',
      paymentDetails: 'Pacific Coast Bank\nAccount 0012345678',
    };
    const withRemit = parse(
      customerStatementHtml({ file, settings: { ...office, remitToAddress: 'PO Box 4410\nOakland CA 94604' }, generatedAt }),
    );
    const pay = withRemit.body.textContent ?? '';
    expect(pay).toContain('How to pay');
    expect(pay).toContain('Pacific Coast Bank');
    expect(pay).toContain('Account 0012345678');
    expect(pay).toContain('payable to Bayline Mechanical Services');
    expect(pay).toContain('PO Box 4410');
    expect(pay).toContain('200 Harbor Way'); // the sender's address, in the sign-off
    const noRemit = parse(customerStatementHtml({ file, settings: { ...office, paymentDetails: '' }, generatedAt })).body.textContent ?? '';
    expect(noRemit).not.toContain('By bank transfer');
    expect(noRemit).toMatch(/payable to Bayline Mechanical Services\s*200 Harbor Way/);
    // Nothing said about paying: no empty "How to pay" heading.
    expect(parse(customerStatementHtml({ file, settings, generatedAt })).body.textContent).not.toContain('How to pay');
  });

  it('asks for payment by a date and gives the company and the callback number', () => {
    const file = harborPointFile();
    const text = parse(customerStatementHtml({ file, settings, generatedAt, payBy: '2025-03-31' })).body.textContent ?? '';
    expect(text).toContain('Bayline Mechanical Services');
    expect(text).toContain('Please pay by Mar 31, 2025');
    expect(text).toContain('Please pay the balance of $4,027.15 by Mar 31, 2025.');
    expect(text).toContain('please call Jordan Reyes on (415) 555-0100');
    expect(text).toContain('Attn: Marcus Lee, Controller');
    expect(text).toContain('1450 Embarcadero Ave, Suite 300');
    // Two weeks after the statement date when no date is given.
    expect(parse(customerStatementHtml({ file, settings, generatedAt })).body.textContent).toContain('Please pay by Mar 26, 2025');
  });

  it('says nothing is owed when every invoice is paid', () => {
    const file = harborPointFile();
    file.invoices = file.invoices.map((i) => ({ ...i, balanceMinor: 0, status: 'paid' as const }));
    const text = parse(customerStatementHtml({ file, settings, generatedAt })).body.textContent ?? '';
    expect(text).toContain('There are no open invoices on this account.');
    expect(text).toContain('Nothing is owed on this account today.');
  });

  it('has print templates with page numbers', () => {
    const { footerTemplate, headerTemplate } = customerStatementHeaderFooter(settings, generatedAt, 'Harbor Point Dental Group');
    expect(headerTemplate).toContain('Statement of account: Harbor Point Dental Group');
    expect(footerTemplate).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
  });
});
