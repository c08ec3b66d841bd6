// The durable store: what this service has already done, kept across restarts.
//
// Both Shopify and PayCrypt deliver webhooks at least once, and anyone holding
// an old signed body can replay it, so the service remembers:
//
//   shopify-webhook:<X-Shopify-Webhook-Id>   a delivery already handled
//   shopify-order:<order id>                 the order's payment link {paymentId, hostedUrl}
//   paycrypt-event:<event id>                a PayCrypt event already handled
//   shopify-paid:<order id>                  the order already marked paid
//   shopify-unlinked:<order id>              a payment created whose link is not on the order yet
//                                            ({paymentId, order}; null once attached)
//
//   claim(key)            → true if the caller now owns the key (unknown or expired),
//                           false if it is being processed or done already
//   complete(key, value)  → mark done, durably (fsync'd before it resolves)
//   release(key)          → forget a claim after a failure, so a redelivery retries
//   get(key)              → the done record ({state, value, at}) or undefined
//   entries(prefix)       → the done records whose key starts with prefix ({key, value, at})
//
// Why a JSON-lines append log: no dependency (node:sqlite is not in Node 20,
// better-sqlite3 is a native build), one `write` + `fsync` per completed key,
// and a crash can at worst tear the last line, which is skipped on load.
// On open the log is compacted (expired and superseded lines dropped) into a
// temporary file that is fsync'd and renamed over the old one.
//
// Consistency under concurrent deliveries: Node runs JavaScript on one thread,
// and `claim` checks and marks the key before its first `await`, so of two
// deliveries racing in this process exactly one gets `true`. Appends go through
// one promise chain (an in-process mutex), so lines never interleave. Claims
// are not written: a crash mid-work forgets them and the redelivery redoes the
// work, which is safe because the work itself re-reads the live order (and the
// PayCrypt payment is created with an idempotency key).
//
// One process per file. Several instances need a shared store with an atomic
// claim: a database row with a unique key (`INSERT … ON CONFLICT DO NOTHING`)
// or Redis `SET key value NX EX <ttl>`, behind the same five methods.

import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

// Shopify retries a delivery for 48 h and PayCrypt for about an hour; a replay
// older than this is stopped by the live-order check, not by this memory.
export const DEFAULT_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

export class FileStore {
  /** @type {Map<string, {state: 'pending' | 'done', value?: unknown, at: number}>} */
  #records = new Map();
  #file;
  #writing = Promise.resolve();

  constructor(path, { maxAgeMs = DEFAULT_MAX_AGE_MS, now = Date.now } = {}) {
    this.path = path;
    this.maxAgeMs = maxAgeMs;
    this.now = now;
  }

  /** Load the log (skipping a torn last line and expired records), compact it, open it for appending. */
  static async open(path, options = {}) {
    const store = new FileStore(path, options);
    await mkdir(dirname(path), { recursive: true });
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    for (const line of text.split('\n')) {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        continue; // empty, or the torn tail of a crash
      }
      if (typeof entry?.key !== 'string' || typeof entry.at !== 'number') continue;
      if (store.#expired(entry)) store.#records.delete(entry.key);
      else store.#records.set(entry.key, { state: 'done', value: entry.value ?? null, at: entry.at });
    }
    const tmp = `${path}.${process.pid}.tmp`;
    const compacted = await open(tmp, 'w');
    try {
      await compacted.writeFile([...store.#records].map(([key, r]) => line(key, r)).join(''));
      await compacted.sync();
    } finally {
      await compacted.close();
    }
    await rename(tmp, path);
    store.#file = await open(path, 'a');
    return store;
  }

  async claim(key) {
    const record = this.#records.get(key);
    if (record && !(record.state === 'done' && this.#expired(record))) return false;
    this.#records.set(key, { state: 'pending', at: this.now() });
    return true;
  }

  async complete(key, value = null) {
    const record = { state: /** @type {const} */ ('done'), value, at: this.now() };
    this.#records.set(key, record);
    await this.#append(line(key, record));
  }

  async release(key) {
    if (this.#records.get(key)?.state === 'pending') this.#records.delete(key);
  }

  async get(key) {
    const record = this.#records.get(key);
    return record?.state === 'done' && !this.#expired(record) ? record : undefined;
  }

  async entries(prefix) {
    const found = [];
    for (const [key, record] of this.#records) {
      if (key.startsWith(prefix) && record.state === 'done' && !this.#expired(record)) {
        found.push({ key, value: record.value, at: record.at });
      }
    }
    return found;
  }

  async close() {
    await this.#writing.catch(() => {});
    await this.#file?.close();
    this.#file = undefined;
  }

  #expired(record) {
    return record.at < this.now() - this.maxAgeMs;
  }

  #append(text) {
    // One writer at a time; a failed write fails its caller (who then answers
    // 500 or releases the claim) without blocking the next one.
    const write = this.#writing.catch(() => {}).then(async () => {
      await this.#file.write(text);
      await this.#file.sync();
    });
    this.#writing = write;
    return write;
  }
}

function line(key, record) {
  return `${JSON.stringify({ key, value: record.value, at: record.at })}\n`;
}
