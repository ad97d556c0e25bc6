import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultCallingWindow, windowMinutes } from '../../shared/contact-rules/calling-window';
import { useNow } from '../shell/clock';
import { takeSearchFocusRequest, useCommand } from '../shell/commands';
import { navigate, routes } from '../shell/router';
import { todayIn } from '../../shared/dates/calendar';
import { useDb } from '../data/db-context';
import { useSettings } from '../settings/queries';
import { CustomerListRow, customerRowHeight } from './CustomerListRow';
import { searchResultLimit } from './customer-repository';
import { customerSearchQuery, useCustomerPages, useCustomerSource, type CustomerSort } from './use-customer-rows';
import './customer-list.css';
import { plural } from '../../shared/wording/plural';

const sortLabels: Record<CustomerSort, string> = {
  balance: 'Largest balance first',
  oldest: 'Oldest past due first',
  name: 'Name A–Z',
};

export function CustomerListScreen() {
  const settings = useSettings().data;
  const rules = settings?.contactRules;
  // One object while the hours stay the same, so the memoised rows are not drawn again.
  const callingWindow = useMemo(
    () =>
      windowMinutes({
        callingHoursStart: rules?.callingHoursStart ?? defaultCallingWindow.callingHoursStart,
        callingHoursEnd: rules?.callingHoursEnd ?? defaultCallingWindow.callingHoursEnd,
      }),
    [rules?.callingHoursStart, rules?.callingHoursEnd],
  );
  const db = useDb();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<CustomerSort>('balance');
  const deferredQuery = useDeferredValue(query.trim());
  const source = useCustomerSource(deferredQuery, settings?.defaultCountry ?? 'US', sort);
  const [active, setActive] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const now = useNow();
  const today = todayIn(settings?.officeTimeZone ?? 'UTC', now);

  const virtualizer = useVirtualizer({
    count: source.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => customerRowHeight,
    overscan: 12,
  });
  const visible = virtualizer.getVirtualItems();
  const rowAt = useCustomerPages(source, sort, visible[0]?.index ?? 0, visible[visible.length - 1]?.index ?? 0);

  useEffect(() => {
    if (takeSearchFocusRequest()) searchRef.current?.focus();
  }, []);
  useCommand('find-customer', () => {
    takeSearchFocusRequest();
    searchRef.current?.focus();
    searchRef.current?.select();
  });
  useEffect(() => setActive(0), [deferredQuery, sort]);

  const open = (index: number) => {
    const row = rowAt(index);
    if (row) navigate(routes.customer(row.id));
  };
  // A quick typist presses Enter before the list shows what they typed: open the first match
  // of the typed text, never the highlighted row of the list that was there before.
  const openFirstMatch = async (typed: string) => {
    const rows = await queryClient.fetchQuery(customerSearchQuery(db, typed, settings?.defaultCountry ?? 'US'));
    if (rows[0] && searchRef.current?.value.trim() === typed) navigate(routes.customer(rows[0].id));
  };
  const onEnter = () => {
    const typed = query.trim();
    if (typed === deferredQuery && source.current) open(active);
    else if (typed !== '') void openFirstMatch(typed);
  };
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(source.count - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') moveTo(active + 1);
    else if (event.key === 'ArrowUp') moveTo(active - 1);
    else if (event.key === 'PageDown') moveTo(active + 10);
    else if (event.key === 'PageUp') moveTo(active - 10);
    else if (event.key === 'Enter') onEnter();
    else if (event.key === 'Escape' && query) setQuery('');
    else return;
    event.preventDefault();
  };

  const activeRow = rowAt(active);
  return (
    <main className="screen customer-list-screen" aria-labelledby="customers-heading">
      <div className="screen-header">
        <h1 id="customers-heading">Customers</h1>
        <span className="muted" role="status" aria-live="polite">
          {source.loading
            ? 'Searching…'
            : deferredQuery
              ? source.count >= searchResultLimit
                ? `First ${searchResultLimit} matches: type more to narrow`
                : `${source.count} found`
              : plural(source.count, 'account', 'accounts', settings?.locale)}
        </span>
        <div className="actions">
          <button type="button" className="primary" onClick={() => navigate(routes.newCustomer())}>
            New customer
          </button>
        </div>
      </div>
      <div className="customer-search">
        <label htmlFor="customer-search-input" className="visually-hidden">
          Search customers
        </label>
        <input
          id="customer-search-input"
          ref={searchRef}
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeRow ? `${listId}-${activeRow.id}` : undefined}
          placeholder="Search by name, phone, email or invoice number  (Ctrl+K)"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKeyDown}
        />
        <label className="sort-select">
          Sort
          <select value={sort} onChange={(e) => setSort(e.target.value as CustomerSort)} disabled={Boolean(deferredQuery)}>
            {Object.entries(sortLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="customer-list-head" aria-hidden="true">
        <span>Customer</span>
        <span>Phone</span>
        <span>Their time</span>
        <span className="num">Balance</span>
        <span className="num">Oldest past due</span>
      </div>
      {/* Focusable so the list can be scrolled from the keyboard too, not only through the search box. */}
      <div ref={scrollRef} className="customer-list-scroll" tabIndex={0} role="region" aria-label="Customer list">
        <div id={listId} role="listbox" aria-label="Customers" className="customer-list" style={{ height: virtualizer.getTotalSize() }}>
          {visible.map((item) => (
            <CustomerListRow
              key={item.key}
              optionId={(id) => `${listId}-${id}`}
              row={rowAt(item.index)}
              index={item.index}
              start={item.start}
              active={item.index === active}
              today={today}
              now={now}
              currency={settings?.currency ?? 'USD'}
              locale={settings?.locale ?? 'en-US'}
              defaultCountry={settings?.defaultCountry ?? 'US'}
              callingWindow={callingWindow}
              onOpen={() => open(item.index)}
            />
          ))}
        </div>
        {!source.loading && source.count === 0 && deferredQuery && <p className="empty">No customer matches “{deferredQuery}”.</p>}
        {!source.loading && source.count === 0 && !deferredQuery && (
          <div className="empty">
            <p>No customers yet. Add one with New customer.</p>
            <a className="button primary" href={routes.import()}>
              Import from QuickBooks, Xero or a spreadsheet
            </a>
          </div>
        )}
      </div>
    </main>
  );
}
