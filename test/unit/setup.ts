// Gives every unit test an in-memory IndexedDB, so the real Dexie data layer runs under Node.
import 'fake-indexeddb/auto';
