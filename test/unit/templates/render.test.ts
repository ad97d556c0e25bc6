import { describe, expect, it } from 'vitest';
import { renderEmail, renderLetterHtml, renderPlainText, renderScriptText, previewTemplate } from '../../../shared/templates/render';
import { brokenOutput, fullContext, sparseConsumerContext } from './template-fixtures';

const reminderEmail = {
  subject: 'Invoice {invoices.oldest.number}\nfrom {company.name}',
  body: 'Dear {contact.firstName},\n\n{account.pastDue} is past due on your account.\nPay {company.howToPay}.\n\n{caller.name}\n{company.callbackNumber}',
};

describe('a call script line', () => {
  it('keeps figures apart and turns missing values into asides for the caller', () => {
    expect(renderScriptText('Hello {contact.firstName}, {account.pastDue} is due.', fullContext())).toEqual([
      { kind: 'text', value: 'Hello ' },
      { kind: 'figure', value: 'Marco' },
      { kind: 'text', value: ', ' },
      { kind: 'figure', value: '$1,650.00' },
      { kind: 'text', value: ' is due.' },
    ]);
    expect(renderScriptText('This is {caller.name} [smile]', sparseConsumerContext())).toEqual([
      { kind: 'text', value: 'This is ' },
      { kind: 'prompt', value: 'say your name' },
      { kind: 'text', value: ' ' },
      { kind: 'prompt', value: 'smile' },
    ]);
  });

  it('never shows broken braces, even in a template that was not checked', () => {
    const segments = renderScriptText('Pay {account.pastDue by {today} }', fullContext());
    expect(segments.map((s) => s.value).join('')).not.toMatch(brokenOutput);
    expect(segments.filter((s) => s.kind === 'prompt').length).toBe(2);
  });
});

describe('an e-mail', () => {
  it('is written out in full for an account with every value', () => {
    const email = renderEmail(reminderEmail, fullContext());
    expect(email).toEqual({
      ok: true,
      value: {
        subject: 'Invoice INV-1042; from Northwind Supplies',
        body:
          'Dear Marco,\n\n$1,650.00 is past due on your account.\nPay by bank transfer to Northwind Supplies, account 12345678.\n\n' +
          'Priya Shah\n(555) 010-2200',
      },
    });
  });

  it('is refused while the account lacks a value, listing each one and what to do', () => {
    const email = renderEmail(reminderEmail, sparseConsumerContext());
    expect(email.ok).toBe(false);
    if (email.ok) return;
    expect(email.problems).toEqual([]);
    expect(email.missing.map((m) => m.field)).toEqual([
      'company.name',
      'contact.firstName',
      'company.howToPay',
      'caller.name',
      'company.callbackNumber',
    ]);
    expect(email.message).toContain(
      'It cannot be sent yet. Missing for this account: Company name, Contact first name, How to pay, Your name and Callback number.',
    );
    expect(email.message).toContain('Add your callback number in Settings.');
    expect(email.message).toContain('Choose the contact it is for.');
    expect(JSON.stringify(email)).not.toMatch(/say your name|Hello there/);
  });

  it('is refused for a template problem, naming the part it is in', () => {
    const email = renderEmail({ subject: 'About {acount.pastDue}', body: 'Hi [be polite] {contact.name}' }, fullContext());
    expect(email.ok).toBe(false);
    if (email.ok) return;
    expect(email.problems.map((p) => [p.part, p.code, p.start])).toEqual([
      ['subject', 'unknown-field', 6],
      ['body', 'aside-in-writing', 3],
    ]);
    expect(email.message).toMatch(/^The template has 2 problems to fix before it can be sent\. \{acount\.pastDue\} is not a merge field/);
  });

  it('writes one body as plain text, line breaks kept', () => {
    expect(renderPlainText('{contact.name}\r\n{customer.name}', fullContext())).toEqual({ ok: true, value: 'Marco Diaz\nHarbor Dental' });
    expect(renderPlainText('{contact.name}', sparseConsumerContext())).toMatchObject({ ok: false, missing: [{ field: 'contact.name' }] });
  });
});

describe('a letter printed to PDF', () => {
  const awkward = fullContext({
    customer: { legalName: 'Smith & <Sons> "Ltd"', tradingName: '', kind: 'commercial' },
    contact: { name: "Aoife O'Brien", role: 'Owner' },
  });

  it('prints a customer name with &, <, > and quotes literally', () => {
    const letter = renderLetterHtml('To {customer.legalName}\nDear {contact.firstName},\n\nYou owe {account.pastDue}.', awkward);
    expect(letter).toEqual({
      ok: true,
      value: '<p>To Smith &amp; &lt;Sons&gt; &quot;Ltd&quot;<br>Dear Aoife,</p>\n<p>You owe $1,650.00.</p>',
    });
  });

  it('prints markup typed into the template as text, never as HTML', () => {
    const letter = renderLetterHtml('<b>Final</b> notice for {customer.name} <script>x</script>', awkward);
    expect(letter.ok && letter.value).toBe(
      '<p>&lt;b&gt;Final&lt;/b&gt; notice for Smith &amp; &lt;Sons&gt; &quot;Ltd&quot; &lt;script&gt;x&lt;/script&gt;</p>',
    );
  });

  it('is refused while a value is missing, as an e-mail is', () => {
    const letter = renderLetterHtml('{account.billingAddress}\n\nSigned, {caller.name}', sparseConsumerContext());
    expect(letter).toMatchObject({ ok: false, problems: [], missing: [{ field: 'account.billingAddress' }, { field: 'caller.name' }] });
    if (!letter.ok) expect(letter.message).toContain('printed');
  });

  it('shows the same values in the preview as in the letter', () => {
    const template = 'Dear {contact.name}, {invoices.list}. {promise.terms}.';
    const preview = previewTemplate(template, awkward, 'letter');
    const letter = renderLetterHtml(template, awkward);
    expect(letter.ok).toBe(true);
    if (letter.ok)
      expect(letter.value).toBe(
        `<p>${preview.segments
          .map((s) => s.value)
          .join('')
          .replace(/'/g, '&#39;')}</p>`,
      );
  });
});
