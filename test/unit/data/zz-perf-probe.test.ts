import Dexie from 'dexie';
import { it } from 'vitest';
import { bulkLoad } from '../../../renderer/data/bulk-load';
import { listCustomers } from '../../../renderer/customers/customer-repository';
import { freshDb } from './fixtures';
import { customerRecord, emptyRecords, invoiceRecord } from './records';

it('probe', async () => {
  for (const distinct of [true, false]) {
    const db = freshDb();
    const r = emptyRecords();
    for (let i = 0; i < 10_000; i++) {
      r.customers.push(customerRecord(`c${i}`, `Name ${i}`, false));
      const due = distinct ? new Date(Date.UTC(2000, 0, 1) + i * 86400_000).toISOString().slice(0, 10) : '2024-01-01';
      r.invoices.push(invoiceRecord(`i${i}`, `c${i}`, due, distinct ? 100 + i : 100_00));
    }
    await bulkLoad(db, r, { defaultCountry: 'US' });
    for (const sort of ['name', 'balance', 'oldest'] as const) {
      const t = performance.now();
      await listCustomers(db, { offset: 9_000, limit: 100, sort });
      console.log(`distinct=${distinct} ${sort} offset 9000: ${Math.round(performance.now() - t)} ms`);
    }
    const t = performance.now();
    await db.customers.orderBy('oldestOpenDueDate').offset(9000).limit(100).primaryKeys();
    console.log(`distinct=${distinct} keys only: ${Math.round(performance.now() - t)} ms`);
    db.close();
    await Dexie.delete(db.name);
  }
}, 600_000);
