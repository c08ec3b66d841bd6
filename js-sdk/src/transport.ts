/**
 * How one attempt reaches the gateway. Two adapters, one shape:
 *
 * - {@link NodeTransport}: `node:http` / `node:https` with a keep-alive agent
 *   (the default on Node; about twice as fast per call as `fetch` here).
 * - {@link fetchTransport}: any WHATWG `fetch` (yours, or the global one on
 *   runtimes without `node:http`).
 *
 * A transport sends the bytes it is given and reads the whole response; it
 * never retries, signs or parses. It reports through a callback (no promise
 * of its own between the socket and the caller): the response, or a
 * {@link TransportError} (`kind` `'timeout'` or `'connection'`), or, when the
 * caller's signal aborts, an {@link AbortedError}.
 */

import type * as NodeHttp from 'node:http';

export interface TransportRequest {
  method: string;
  /** Absolute URL, path and query already encoded. */
  url: string;
  /**
   * Name, value, name, value, …: names unique ignoring case, none of them
   * `Host` or `Content-Length`. A fresh list per attempt, owned by the
   * transport (which may add to it).
   */
  headers: string[];
  body: Uint8Array | undefined;
  /** Milliseconds for this attempt, from connect to the last byte of the response. */
  timeout: number;
  signal: AbortSignal | undefined;
}

export interface TransportResponse {
  status: number;
  /** Names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** Called exactly once per request: `(null, response)` or `(error)`. */
export type Done = (error: Error | null, response?: TransportResponse) => void;

export type Transport = (request: TransportRequest, done: Done) => void;

export class TransportError extends Error {
  override name = 'TransportError';
  constructor(
    readonly kind: 'timeout' | 'connection',
    message: string,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

/** The caller's own signal aborted; `reason` is the signal's reason. */
export class AbortedError extends Error {
  override name = 'AbortedError';
  constructor(readonly reason: unknown) {
    super('aborted');
  }
}

function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : `${error.name}: ${error.message}`;
  }
  return String(error);
}

// --- node:http ---------------------------------------------------------------------

type HttpModule = typeof NodeHttp;

interface Origin {
  protocol: 'http:' | 'https:';
  hostname: string;
  port: string;
  /** The `Host` header: host and non-default port, as in the URL. */
  host: string;
}

interface Pending {
  /** `performance.now()` (monotonic) at which the attempt times out. */
  deadline: number;
  expire(): void;
}

/** Idle keep-alive sockets are closed after 3–4 s: this many sweeps, one a second. */
const IDLE_SWEEPS = 4;
const SWEEP_INTERVAL = 1_000;
const idleSince = Symbol('paycrypt.idleSince');

type IdleSocket = { [idleSince]?: number; destroy(): void };

/**
 * A keep-alive agent whose *idle* sockets close after 3–4 s, before common
 * servers' 5 s keep-alive timeout (uvicorn; nginx's default is longer), so a
 * reused socket is rarely one the server already closed. A socket going idle
 * is stamped with a sweep count; one unref'd interval, running only while
 * some socket is idle, closes those idle for {@link IDLE_SWEEPS} sweeps.
 * (Measured: arming a timer on each socket as it goes idle, and clearing it
 * as it is reused, cost about 0.7 % of a call to a nearby server; Node's own
 * `Agent({ timeout })` adds a listener per request as well. Busy sockets need
 * no timer: each attempt has its own deadline.)
 */
function idleClosingAgent(mod: HttpModule): NodeHttp.Agent {
  const agent = new mod.Agent({ keepAlive: true });
  // Node's keepSocketAlive returns whether to keep the socket (typed void in @types/node).
  const keepSocketAlive = agent.keepSocketAlive.bind(agent) as unknown as (socket: unknown) => boolean;
  let sweeps = 0;
  let sweeper: ReturnType<typeof setInterval> | undefined;
  const sweep = (): void => {
    sweeps += 1;
    let idle = 0;
    for (const sockets of Object.values(agent.freeSockets)) {
      for (const socket of [...(sockets ?? [])] as unknown as IdleSocket[]) {
        if (sweeps - (socket[idleSince] ?? sweeps) >= IDLE_SWEEPS) socket.destroy();
        else idle += 1;
      }
    }
    if (idle === 0) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  };
  (agent as unknown as { keepSocketAlive: (socket: IdleSocket) => boolean }).keepSocketAlive = (socket) => {
    const keep = keepSocketAlive(socket);
    if (keep) {
      socket[idleSince] = sweeps;
      if (sweeper === undefined) {
        sweeper = setInterval(sweep, SWEEP_INTERVAL);
        (sweeper as { unref?: () => void }).unref?.();
      }
    }
    return keep;
  };
  return agent;
}

/**
 * `node:http`/`node:https` with one keep-alive agent per protocol. The modules
 * are loaded on first use, so importing the SDK stays cheap and works on
 * runtimes that lack them.
 */
export class NodeTransport {
  #modules: Partial<Record<'http:' | 'https:', HttpModule>> = {};
  #agents: Partial<Record<'http:' | 'https:', NodeHttp.Agent>> = {};

  #origins = new Map<string, Origin>();
  /** The last origin used, with its `scheme://host:port` prefix: a client talks to one origin. */
  #last: { key: string; origin: Origin } | undefined;

  /**
   * Per-attempt deadlines (connect to last byte, as with a per-attempt
   * `setTimeout`) share one timer, armed for the earliest deadline only when
   * a new one comes before it: a call that finishes in time just leaves the
   * set, with no timer to create or clear. The timer is unref'd: an attempt
   * in flight holds its socket (or DNS lookup), which keeps the process alive.
   */
  #deadlines = new Set<Pending>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;

  #arm(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(this.#expire, Math.max(0, at - performance.now()));
    (this.#timer as { unref?: () => void }).unref?.();
  }

  readonly #expire = (): void => {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const pending of [...this.#deadlines]) {
      if (pending.deadline <= now) pending.expire();
      else if (pending.deadline < next) next = pending.deadline;
    }
    if (next !== Infinity) this.#arm(next);
  };

  readonly send: Transport = (request, done) => {
    const { origin, path } = this.#split(request.url);
    const mod = this.#modules[origin.protocol];
    if (mod !== undefined) return this.#send(mod, this.#agents[origin.protocol] as NodeHttp.Agent, origin, path, request, done);
    if (this.#fetch !== undefined) return this.#fetch(request, done);
    this.#load(origin.protocol)
      .then((loaded) => {
        if (loaded === undefined) (this.#fetch ??= fetchTransport())(request, done);
        else this.#send(loaded, this.#agents[origin.protocol] as NodeHttp.Agent, origin, path, request, done);
      })
      .catch((error: Error) => done(error));
  };

  /**
   * Set when `node:http` cannot be loaded although the runtime reports itself
   * as Node (e.g. workerd with `nodejs_compat` but without its HTTP modules):
   * every call then goes through the global `fetch`.
   */
  #fetch: Transport | undefined;

  /** Origin (parsed once per base URL) and path+query of an absolute URL. */
  #split(url: string): { origin: Origin; path: string } {
    const last = this.#last;
    // The common case without indexOf, slice-for-a-key and a Map lookup (profiled: ~2 % of a call).
    if (last !== undefined && url.startsWith(last.key) && url.charCodeAt(last.key.length) === 47 /* / */) {
      return { origin: last.origin, path: url.slice(last.key.length) };
    }
    const slash = url.indexOf('/', url.indexOf('//') + 2);
    const key = slash === -1 ? url : url.slice(0, slash);
    const path = slash === -1 ? '/' : url.slice(slash);
    let origin = this.#origins.get(key);
    if (origin === undefined) {
      const parsed = new URL(key);
      origin = {
        protocol: parsed.protocol === 'https:' ? 'https:' : 'http:',
        hostname: parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname,
        port: parsed.port,
        host: parsed.host,
      };
      this.#origins.set(key, origin);
    }
    if (slash !== -1) this.#last = { key, origin };
    return { origin, path };
  }

  async #load(protocol: 'http:' | 'https:'): Promise<HttpModule | undefined> {
    let mod: HttpModule;
    try {
      mod = (protocol === 'https:' ? await import('node:https') : await import('node:http')) as HttpModule;
    } catch {
      return undefined;
    }
    if (this.#modules[protocol] === undefined) {
      this.#modules[protocol] = mod;
      this.#agents[protocol] = idleClosingAgent(mod);
    }
    return this.#modules[protocol] as HttpModule;
  }

  /** Close idle keep-alive sockets (in-flight requests finish). */
  close(): void {
    for (const agent of Object.values(this.#agents)) agent?.destroy();
    this.#agents = {};
    this.#modules = {};
  }

  #send(
    mod: HttpModule,
    agent: NodeHttp.Agent,
    origin: Origin,
    path: string,
    request: TransportRequest,
    done: Done,
  ): void {
    const { signal, body } = request;
    if (signal?.aborted) return done(new AbortedError(signal.reason));
    // Headers as a flat list (node:http's raw form, as in `message.rawHeaders`):
    // written as given, without the per-header map that an object goes through
    // (measured: 3–4 % of a call to a nearby server). So Host is ours to add,
    // and Content-Length wherever Node would add it (a body, or a POST without one).
    const headers = request.headers;
    headers.push('Host', origin.host);
    if (body !== undefined) headers.push('Content-Length', String(body.byteLength));
    else if (!NO_BODY_METHODS.has(request.method)) headers.push('Content-Length', '0');
    const req = mod.request({
      protocol: origin.protocol,
      hostname: origin.hostname,
      port: origin.port,
      path,
      method: request.method,
      headers,
      agent,
    });
    let settled = false;
    const finish = (error: Error | null, response?: TransportResponse): void => {
      if (settled) return;
      settled = true;
      this.#deadlines.delete(pending);
      signal?.removeEventListener('abort', onAbort);
      if (error !== null) req.destroy();
      done(error, response);
    };
    const pending: Pending = {
      deadline: performance.now() + request.timeout,
      expire: () => finish(new TransportError('timeout', `timed out after ${request.timeout} ms`)),
    };
    this.#deadlines.add(pending);
    if (pending.deadline < this.#timerAt) this.#arm(pending.deadline);
    const onAbort = (): void => finish(new AbortedError(signal?.reason));
    signal?.addEventListener('abort', onAbort, { once: true });

    req.on('error', (error) => finish(new TransportError('connection', describeCause(error), error)));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => finish(new TransportError('connection', describeCause(error), error)));
      res.on('aborted', () => finish(new TransportError('connection', 'connection closed mid-response')));
      res.on('end', () => {
        if (!res.complete) {
          finish(new TransportError('connection', 'connection closed mid-response'));
          return;
        }
        // Node's header object: names in lower case; only set-cookie is an array.
        const headers = res.headers as Record<string, string>;
        const cookies = res.headers['set-cookie'];
        if (Array.isArray(cookies)) headers['set-cookie'] = cookies.join(', ');
        const text = chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8');
        finish(null, { status: res.statusCode ?? 0, headers, body: text });
      });
    });
    req.end(body);
  }
}

/** Methods node:http sends without a Content-Length when there is no body. */
const NO_BODY_METHODS = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

// --- fetch ---------------------------------------------------------------------------

/**
 * The part of `fetch` the SDK uses; the global `fetch`, undici's, or any
 * WHATWG-compatible one fits. (`body` is typed loosely so that every
 * runtime's `RequestInit` accepts it: it is always a `Uint8Array`.)
 */
export type FetchLike = (
  input: string,
  init: {
    method: string;
    headers: Record<string, string>;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    body?: any;
    signal: AbortSignal;
  },
) => Promise<{
  status: number;
  headers: { forEach(callback: (value: string, name: string) => void): void };
  text(): Promise<string>;
}>;

/** A transport over a WHATWG `fetch` (the global one unless you pass your own). */
export function fetchTransport(fetchImpl?: FetchLike): Transport {
  const send = async (request: TransportRequest): Promise<TransportResponse> => {
    const doFetch = fetchImpl ?? (globalThis.fetch as unknown as FetchLike | undefined);
    if (typeof doFetch !== 'function') {
      throw new TypeError('no fetch available: pass `fetch` to new PayCrypt({ fetch })');
    }
    const { signal } = request;
    if (signal?.aborted) throw new AbortedError(signal.reason);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, request.timeout);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const headers: Record<string, string> = {};
      const list = request.headers;
      for (let i = 0; i < list.length; i += 2) headers[list[i] as string] = list[i + 1] as string;
      const init: Parameters<FetchLike>[1] = { method: request.method, headers, signal: controller.signal };
      if (request.body !== undefined) init.body = request.body;
      const res = await doFetch(request.url, init);
      const body = await res.text();
      const received: Record<string, string> = {};
      res.headers.forEach((value, name) => {
        received[name.toLowerCase()] = value;
      });
      return { status: res.status, headers: received, body };
    } catch (error) {
      if (signal?.aborted) throw new AbortedError(signal.reason);
      if (timedOut) throw new TransportError('timeout', `timed out after ${request.timeout} ms`, error);
      const cause = (error as { cause?: unknown } | null)?.cause;
      throw new TransportError('connection', describeCause(cause ?? error), error);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
  return (request, done) => {
    send(request).then(
      (response) => done(null, response),
      (error: Error) => done(error),
    );
  };
}
