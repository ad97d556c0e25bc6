// Every React Query key in one place, shaped as prefixes so a write can invalidate exactly the
// queries it affects (see invalidate.ts). The data layer imports no feature, so a feature's own
// choices (a sort order, a filter) appear here only as the strings they are.

export const queryKeys = {
  customers: () => ['customers'] as const,
  /** Lists and search results: any write to any customer may change them. */
  customerLists: () => ['customers', 'list'] as const,
  customerSearch: (query: string, defaultCountry: string) => ['customers', 'list', 'search', query, defaultCountry] as const,
  customerPage: (offset: number, limit: number, sort: string) => ['customers', 'list', 'page', sort, offset, limit] as const,
  customerCount: () => ['customers', 'count'] as const,
  customer: (id: string) => ['customers', 'one', id] as const,
  customerFile: (id: string) => ['customers', 'file', id] as const,
  call: (id: string) => ['calls', 'one', id] as const,
  /** Prefix of every open-call lookup. */
  openCalls: () => ['calls', 'open'] as const,
  openCall: (customerId: string) => ['calls', 'open', customerId] as const,
  settings: () => ['settings'] as const,
  /** The script library's rows (every stored version). */
  scripts: () => ['scripts'] as const,
  /** What main says about itself (app:get-info): never changes while the app runs. */
  appInfo: () => ['app-info'] as const,
  /** Prefix of every promise list. */
  promises: () => ['promises'] as const,
  promiseList: (filter: string, today: string) => ['promises', 'list', filter, today] as const,
  promiseTabs: (today: string) => ['promises', 'tabs', today] as const,
  /** Prefix of every follow-up list. */
  followUps: () => ['follow-ups'] as const,
  openFollowUps: () => ['follow-ups', 'open'] as const,
  /** Prefix of the reminder schedule built for main. */
  reminders: () => ['reminders'] as const,
  reminderSchedule: (today: string, settingsKey: string) => ['reminders', 'schedule', today, settingsKey] as const,
  /** Agency names used on earlier placements (suggested when placing an account). */
  agencyNames: () => ['placements', 'agency-names'] as const,
  /** Accounts offered for a multi-account export, by filter. */
  exportCandidates: (filter: string, today: string) => ['customers', 'list', 'export-candidates', filter, today] as const,
  exportFilterSummaries: (today: string) => ['customers', 'list', 'export-summaries', today] as const,
  /** What a batch of letters is written from (under the lists: a write to any of the accounts refreshes it). */
  letterSources: (customerIds: readonly string[]) => ['customers', 'list', 'letter-sources', ...customerIds] as const,
  /**
   * The dashboard's figures. Under the customer lists, so every write to an account (a payment, a
   * call, a promise, a placement) refreshes them; `settingsKey` holds the settings they depend on.
   */
  dashboard: (today: string, settingsKey: string) => ['customers', 'list', 'dashboard', today, settingsKey] as const,
  /** What the Today queue ranks (under the lists: any write to a customer's records may change it). */
  todayFacts: (today: string, settingsKey: string) => ['customers', 'list', 'today-facts', today, settingsKey] as const,
  /** The calling session kept in the meta table. */
  callingSession: () => ['calling-session'] as const,
  /** Whether the session's current account has a call saved since it became current (under its file: a call refreshes it). */
  sessionCallSaved: (customerId: string, since: string) => ['customers', 'file', customerId, 'session-call-saved', since] as const,
  /** The session's summary (under the lists: any call or promise refreshes it). */
  sessionSummary: (sessionId: string, endedAt: string) => ['customers', 'list', 'session-summary', sessionId, endedAt] as const,
  /** Prefix of every document query. */
  documents: () => ['documents'] as const,
  /** One customer's attached documents (metadata only). */
  customerDocuments: (customerId: string) => ['documents', 'customer', customerId] as const,
  /** One document's bytes, for the viewer. */
  documentFile: (id: string) => ['documents', 'file', id] as const,
  /** A call's recordings that were interrupted (stored pieces of a take that never stopped). */
  interruptedTakes: (callId: string) => ['recording-takes', callId] as const,
  /** The preferences main keeps (tray, start at login). */
  mainPreferences: () => ['main-preferences'] as const,
  /** Main's facts about the running app (name, version); they never change while it runs. */
};
