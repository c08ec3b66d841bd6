/**
 * Cursor pages: `{data, has_more, next_cursor}` with auto-pagination.
 *
 * ```ts
 * const page = await client.payments.list({ limit: 50 });   // one page
 * page.data; page.has_more; page.next_cursor;
 * for await (const payment of client.payments.list({ limit: 50 })) { … }  // every item, every page
 * for await (const p of page.iterPages()) { … }                           // page by page
 * ```
 */

export interface PageBody<T> {
  data: T[];
  has_more: boolean;
  next_cursor?: string | null;
}

type FetchPage<T> = (cursor: string | null) => Promise<Page<T>>;

export class Page<T> implements AsyncIterable<T> {
  readonly data: T[];
  readonly has_more: boolean;
  readonly next_cursor: string | null;
  readonly #fetch: FetchPage<T>;

  constructor(body: PageBody<T>, fetchPage: FetchPage<T>) {
    this.data = Array.isArray(body.data) ? body.data : [];
    this.has_more = body.has_more === true;
    this.next_cursor = body.next_cursor ?? null;
    this.#fetch = fetchPage;
  }

  hasNextPage(): boolean {
    return this.has_more && this.next_cursor !== null;
  }

  /** The next page; throws when there is none (check {@link hasNextPage}). */
  async getNextPage(): Promise<Page<T>> {
    if (!this.hasNextPage()) throw new Error('no next page: check page.hasNextPage() first');
    return this.#fetch(this.next_cursor);
  }

  /** This page, then each following page. */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item of this page and the pages after it. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.iterPages()) yield* page.data;
  }

  toJSON(): PageBody<T> {
    return { data: this.data, has_more: this.has_more, next_cursor: this.next_cursor };
  }
}

/**
 * What a list method returns: await it for the first {@link Page}, or
 * `for await` it directly for every item across all pages.
 */
export class PagePromise<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  readonly #promise: Promise<Page<T>>;

  constructor(first: Promise<Page<T>>) {
    this.#promise = first;
  }

  then<A = Page<T>, B = never>(
    onfulfilled?: ((value: Page<T>) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#promise.then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<T> | B> {
    return this.#promise.catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.#promise.finally(onfinally);
  }

  /** Page by page, starting with the first. */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    yield* (await this.#promise).iterPages();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    yield* await this.#promise;
  }

  get [Symbol.toStringTag](): string {
    return 'PagePromise';
  }
}
