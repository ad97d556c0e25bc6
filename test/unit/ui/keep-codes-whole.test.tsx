// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KeepCodesWhole } from '../../../renderer/ui/KeepCodesWhole';

afterEach(cleanup);

describe('KeepCodesWhole', () => {
  it('wraps invoice numbers so a line never breaks at their hyphen, and keeps the text as it was', () => {
    const text = 'Open: INV-10253 (part paid), INV-10263 and PO 77-B2; a well-known client.';
    const { container } = render(
      <p>
        <KeepCodesWhole text={text} />
      </p>,
    );
    expect(container.textContent).toBe(text);
    const codes = [...container.querySelectorAll('.invoice-number')].map((el) => el.textContent);
    expect(codes).toEqual(['INV-10253', 'INV-10263', '77-B2']);
  });
});
