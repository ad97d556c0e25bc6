// Gives every unit test an in-memory IndexedDB, so the real Dexie data layer runs under Node.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// findBy…/waitFor wait for a state, not a time: give the state long enough to arrive on a busy
// 2-core CI box (the library's 1 s default fails there while the app is right).
configure({ asyncUtilTimeout: 10_000 });
