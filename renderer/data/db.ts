// The renderer's database: IndexedDB through Dexie, with versioned schemas and migrations.
import Dexie, { type Table } from 'dexie';
import type { Call } from '../../shared/calls/schema';
import type { Contact } from '../../shared/contacts/schema';
import type { Customer } from '../../shared/customers/schema';
import type { Dispute } from '../../shared/disputes/schema';
import type { DocumentFileRow, StoredDocument } from '../../shared/documents/schema';
import type { FollowUp } from '../../shared/follow-ups/schema';
import type { BookChange, ImportRecord } from '../../shared/import/import-history';
import type { Invoice } from '../../shared/invoices/schema';
import type { CurrencyAmount } from '../../shared/money/currency-totals';
import type { Note, NoteDraft } from '../../shared/notes/schema';
import type { Payment } from '../../shared/payments/schema';
import type { AgencyPlacement } from '../../shared/placements/schema';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { RecordingTakeChunk } from '../../shared/recordings/take-chunks';
import type { StoredScript } from '../../shared/scripts/library/script-schema';
import type { Settings } from '../../shared/settings/schema';
import { changeStampMiddleware } from './change-stamp';
import { upgradeSummariesToV5, upgradeToV2, upgradeToV4, upgradeToV9 } from './migrations';
import { v1Stores, v2Stores, v3Stores, v4Stores, v5Stores, v6Stores, v7Stores, v8Stores, v9Stores, v10Stores } from './schema-versions';
import { digestTrackingMiddleware } from './digest-tracking';
import { invoiceSearchKeysMiddleware, type InvoiceIndexFields } from './invoice-search-keys';
import { invoicePackTrackingMiddleware, type InvoicePackRow } from './invoice-packs';
import type { AccountDigestShard, DigestDirtyList, DigestRevisions } from '../../shared/account-digest/model';
import type { StoredTodayFacts, TodayFactsStamp } from '../../shared/today/stored-facts';

/** What the customer list and search read without touching other tables. */
export interface CustomerSummary {
  searchKeys: string[];
  /**
   * The words of the customer's and its contacts' names: the candidates a search compares a
   * mistyped word with (absent before version 4).
   */
  nameWords?: string[];
  /**
   * What open invoices still owe, one total per currency, largest first (never added across
   * currencies; absent only in rows stored before version 5, which its upgrade recomputes).
   */
  openBalances: CurrencyAmount[];
  /**
   * The list's "sort by balance" key: the largest of openBalances, in its own currency's minor
   * units (see balanceSortKey in customer-summary.ts); 0 when nothing is owed. Not an amount to show.
   */
  openBalanceMinor: number;
  /** Earliest due date among open invoices with a balance; null when nothing is owed. */
  oldestOpenDueDate: string | null;
  /** First phone of the contact who authorises payment, else of the first contact; as typed. */
  primaryPhone: string | null;
  /** The E.164 stored with that phone (null when it never parsed; absent before version 4). */
  primaryPhoneE164?: string | null;
  /** Start of the most recent closed call. */
  lastCallAt: string | null;
}

export type CustomerRow = Customer & CustomerSummary;

export interface SettingsRow {
  key: string;
  value: Settings;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export class CallDeskDb extends Dexie {
  declare customers: Table<CustomerRow, string>;
  declare contacts: Table<Contact, string>;
  /** Invoices as stored: each with the keys its customer is found by under its number (invoice-search-keys.ts). */
  declare invoices: Table<Invoice & InvoiceIndexFields, string>;
  declare payments: Table<Payment, string>;
  declare calls: Table<Call, string>;
  declare notes: Table<Note, string>;
  declare noteDrafts: Table<NoteDraft, string>;
  declare promises: Table<PaymentPromise, string>;
  declare disputes: Table<Dispute, string>;
  declare followUps: Table<FollowUp, string>;
  declare settings: Table<SettingsRow, string>;
  declare meta: Table<MetaRow, string>;
  declare documents: Table<StoredDocument, string>;
  declare documentFiles: Table<DocumentFileRow, string>;
  declare placements: Table<AgencyPlacement, string>;
  declare imports: Table<ImportRecord, string>;
  declare bookChanges: Table<BookChange, string>;
  declare digests: Table<AccountDigestShard | DigestDirtyList | DigestRevisions | TodayFactsStamp | StoredTodayFacts, string>;
  /** A restore's documents, read from its file and checked, waiting for the restore's transaction. */
  declare restoreStaging: Table<DocumentFileRow, string>;
  /** Call scripts, one row per version (shared/scripts/library). */
  declare scriptVersions: Table<StoredScript, string>;
  /** The pieces of recordings being made, written as they record (shared/recordings/take-chunks.ts). */
  declare recordingTakes: Table<RecordingTakeChunk, string>;
  /** Every invoice again, a few hundred to a record, for the reads that need all of them (invoice-packs.ts). */
  declare invoicePacks: Table<InvoicePackRow, string>;

  constructor(name: string) {
    // Chromium's default durability is relaxed (no flush to disk on commit); our data rules ask that
    // every write survive a crash a second later, so commits are flushed.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(v1Stores);
    this.version(2).stores(v2Stores).upgrade(upgradeToV2);
    this.version(3).stores(v3Stores);
    this.version(4).stores(v4Stores).upgrade(upgradeToV4);
    this.version(5).stores(v5Stores).upgrade(upgradeSummariesToV5);
    this.version(6).stores(v6Stores);
    this.version(7).stores(v7Stores);
    this.version(8).stores(v8Stores);
    this.version(9).stores(v9Stores).upgrade(upgradeToV9);
    this.version(10).stores(v10Stores);
    this.use(invoiceSearchKeysMiddleware);
    this.use(changeStampMiddleware);
    this.use(digestTrackingMiddleware);
    this.use(invoicePackTrackingMiddleware);
  }
}

export function openCallDeskDb(name = 'call-desk'): CallDeskDb {
  return new CallDeskDb(name);
}
