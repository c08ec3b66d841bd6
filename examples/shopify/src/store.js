// Dedupe stores.
//
// Both Shopify and PayCrypt deliver webhooks at least once, so the service
// remembers what it has already handled. A store maps a key to a record:
//
//   claim(key)            → true if the caller now owns the key (it was unknown),
//                           false if it is being processed or done already
//   complete(key, value)  → mark done, keep `value` (e.g. the payment id)
//   release(key)          → forget a claim after a failure, so a redelivery retries
//   get(key)              → the record ({state, value, at}) or undefined
//
// MemoryStore is the default and is lost on restart; JsonFileStore survives a
// restart of a single process. Production (several processes, deploys,
// crashes mid-write) needs a durable shared store with an atomic claim:
// Redis `SET key value NX EX <ttl>`, or a database row with a unique key
// (`INSERT … ON CONFLICT DO NOTHING`). Implement the same four methods.

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const DEFAULT_MAX_AGE_MS = 30 * 24 * 3600 * 1000; // Shopify retries for 48 h, PayCrypt for ~1 h

export class MemoryStore {
  constructor({ maxAgeMs = DEFAULT_MAX_AGE_MS } = {}) {
    this.maxAgeMs = maxAgeMs;
    /** @type {Map<string, {state: 'pending' | 'done', value?: unknown, at: number}>} */
    this.records = new Map();
  }

  async claim(key) {
    this.#prune();
    if (this.records.has(key)) return false;
    this.records.set(key, { state: 'pending', at: Date.now() });
    await this.persist();
    return true;
  }

  async complete(key, value = null) {
    this.records.set(key, { state: 'done', value, at: Date.now() });
    await this.persist();
  }

  async release(key) {
    this.records.delete(key);
    await this.persist();
  }

  async get(key) {
    return this.records.get(key);
  }

  async persist() {}

  #prune() {
    const cutoff = Date.now() - this.maxAgeMs;
    for (const [key, record] of this.records) {
      if (record.at < cutoff) this.records.delete(key);
    }
  }
}

/**
 * A MemoryStore written to a JSON file after every change (write to a temporary
 * file, then rename, so a crash never leaves half a file). Claims still
 * "pending" when the process died are dropped on load, so that work is retried.
 * One process only: two processes sharing the file would overwrite each other.
 */
export class JsonFileStore extends MemoryStore {
  #writing = Promise.resolve();

  constructor(path, options = {}) {
    super(options);
    this.path = path;
  }

  static async open(path, options = {}) {
    const store = new JsonFileStore(path, options);
    try {
      const saved = JSON.parse(await readFile(path, 'utf8'));
      for (const [key, record] of Object.entries(saved.records ?? {})) {
        if (record.state === 'done') store.records.set(key, record);
      }
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    return store;
  }

  persist() {
    const text = JSON.stringify({ version: 1, records: Object.fromEntries(this.records) });
    // Serialise writes: each waits for the previous one, and always writes the latest state.
    this.#writing = this.#writing.catch(() => {}).then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      const tmp = `${this.path}.${process.pid}.tmp`;
      await writeFile(tmp, text);
      await rename(tmp, this.path);
    });
    return this.#writing;
  }
}

/** The store named by the configuration: a JSON file if a path is given, else memory. */
export async function openStore(storeFile) {
  return storeFile ? JsonFileStore.open(storeFile) : new MemoryStore();
}
