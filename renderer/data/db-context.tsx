// Gives every component and query hook the one open database.
import { createContext, useContext, type ReactNode } from 'react';
import type { CallDeskDb } from './db';

const DbContext = createContext<CallDeskDb | null>(null);

export function DbProvider({ db, children }: { db: CallDeskDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): CallDeskDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() needs a <DbProvider> above it.');
  return db;
}
