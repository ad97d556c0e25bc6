// Loaded by its own small script tag ahead of the app's scripts. A freshly started browser takes
// a second or more to open a large IndexedDB on disk; asking now overlaps that with loading and
// compiling the app, whose own connection then finds the database ready. This connection reads
// nothing, never creates the database (a first start stays a first start) and steps aside for
// any upgrade or deletion.
const databaseName = 'call-desk';
/** Long enough for the app to open its own connection; the browser keeps the store open after. */
const holdMs = 10_000;

function openEarly(): void {
  if (typeof indexedDB === 'undefined') return;
  let request: IDBOpenDBRequest;
  try {
    request = indexedDB.open(databaseName);
  } catch {
    return; // storage refused (a private window): the app reports it when it opens the data
  }
  request.onupgradeneeded = () => request.transaction?.abort(); // no database yet: leave it to the app
  request.onerror = (event) => event.preventDefault();
  request.onsuccess = () => {
    const connection = request.result;
    connection.onversionchange = () => connection.close();
    setTimeout(() => connection.close(), holdMs);
  };
}

openEarly();
