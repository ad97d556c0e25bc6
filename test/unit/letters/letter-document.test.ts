// The printed document: one article per letter, each from a new page, every record and setting
// escaped (the PDF is Chromium's print of this HTML), no page numbers running across a batch,
// and the file names a bookkeeper finds the batch by.
import { describe, expect, it } from 'vitest';
import { composeLetter, isReadyLetter, type ReadyLetter } from '../../../shared/letters/compose-letter';
import { letterArticleHtml, lettersDocumentHtml, letterStyles } from '../../../shared/letters/letter-html';
import { lettersPdfRequest } from '../../../shared/letters/letter-request';
import { defaultLetterTemplate, letterTemplateById } from '../../../shared/letters/letter-templates';
import { formatMoney } from '../../../shared/money/money';
import type { LetterSources } from '../../../shared/letters/compose-letter';
import { account, customer, hostileName, now, office } from './letter-fixtures';

function letterFor(sources: LetterSources, id = 'final-demand'): ReadyLetter {
  const template = letterTemplateById(id) ?? defaultLetterTemplate;
  const draft = composeLetter({
    ...sources,
    template,
    settings: office,
    now,
    nextStep: { action: 'sue <you> & "others"', date: '2025-04-01' },
  });
  if (!isReadyLetter(draft)) throw new Error(draft.refusal?.message);
  return draft;
}

/** The document's text as a reader sees it: tags dropped, the five entities read back. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('a letter’s HTML', () => {
  const letter = letterFor(account());
  const html = letterArticleHtml(letter);

  it('escapes every value from the records and the settings, so none becomes markup', () => {
    const tags = [...html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(
      new Set(['article', 'header', 'div', 'address', 'p', 'br', 'table', 'thead', 'tr', 'th', 'tbody', 'td', 'strong', 'span']),
    );
    expect(html).toContain('O&#39;Brien &amp; &lt;Sons&gt; &quot;Ltd&quot;');
    expect(html).toContain('INV-&lt;1&gt;&amp;1');
    expect(html).toContain('12 &lt;Main&gt; St');
    expect(html).toContain('we will sue &lt;you&gt; &amp; &quot;others&quot;.');
  });

  it('prints the letterhead, the date, the address, the greeting, the figures and the signature', () => {
    const text = visibleText(html);
    expect(text).toContain(`${office.companyName} 200 Harbor Way Oakland CA 94607 Tel. (415) 555-0100`);
    expect(text).toContain(`${hostileName} Attn: Siobhán O'Brien, Owner & <CEO> 12 <Main> St Dayton, OH 45402 March 12, 2025 Account OB-7`);
    expect(text).toContain(`Dear Siobhán O'Brien,`);
    expect(text).toContain(`Total open in USD ${formatMoney(1_400_00, 'USD', 'en-US')}`);
    expect(text).toContain(`Total open in EUR ${formatMoney(300_00, 'EUR', 'en-US')}`);
    expect(text).toMatch(/Yours sincerely, Jordan Reyes Bayline & <Co> Mechanical $/);
  });

  it('prints a script in a name as text, never as a script', () => {
    const hostile = letterFor(account({ customer: customer({ legalName: '<script>alert(1)</script>' }) }));
    const doc = lettersDocumentHtml([hostile], office, 'Final demand');
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).toContain("default-src 'none'");
  });
});

describe('the letters’ PDF request', () => {
  const first = letterFor(account());
  const second = letterFor(account({ customer: customer({ id: 'cust-2', legalName: 'Second Customer LLC', accountNumber: '' }) }));

  it('puts every letter in one document, each from a new page, in the order given', () => {
    const { document } = lettersPdfRequest({ letters: [first, second], settings: office, generatedAt: now });
    expect(document.html.match(/<article class="letter">/g)).toHaveLength(2);
    expect(document.html.indexOf('O&#39;Brien')).toBeLessThan(document.html.indexOf('Second Customer LLC'));
    expect(letterStyles).toMatch(/\.letter \+ \.letter \{ break-before: page; \}/);
    expect(document.html).toContain(letterStyles);
    // Page numbers would run from one customer's letter into the next.
    expect(`${document.headerTemplate}${document.footerTemplate}`).not.toMatch(/pageNumber|totalPages/);
    expect(document.paper).toBe('Letter');
    expect(document.title).toBe('Final demand: 2 letters');
  });

  it('names the file after the account for one letter, and after the letter and count for a batch', () => {
    expect(lettersPdfRequest({ letters: [first], settings: office, generatedAt: now }).fileName).toBe(
      `O'Brien & Sons Ltd - OB-7 - final demand - 2025-03-12.pdf`,
    );
    expect(lettersPdfRequest({ letters: [first, second], settings: office, generatedAt: now }).fileName).toBe(
      'Final demand - 2 letters - 2025-03-12.pdf',
    );
    expect(() => lettersPdfRequest({ letters: [], settings: office, generatedAt: now })).toThrow(/no letter/);
  });
});
