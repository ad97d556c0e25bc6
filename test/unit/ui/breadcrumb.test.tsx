// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Breadcrumb } from '../../../renderer/ui/Breadcrumb';

describe('Breadcrumb', () => {
  it('draws separators only between items', () => {
    const { rerender } = render(<Breadcrumb items={[{ label: 'Customers', href: '#/customers' }]} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(nav.textContent).toBe('Customers');

    rerender(<Breadcrumb items={[{ label: 'Harbor Point', href: '#/customers/c1' }, { label: 'Call' }]} />);
    expect(nav.textContent).toBe('Harbor Point / Call');
    expect(screen.getByRole('link', { name: 'Harbor Point' }).getAttribute('href')).toBe('#/customers/c1');
    expect(screen.getByText('Call').getAttribute('aria-current')).toBe('page');
  });
});
