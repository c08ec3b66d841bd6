// The resource generator's rules on a small spec of its own: names, nesting,
// positional path params, params optional or not, query vs body, pagination,
// and the spec shapes it refuses. (generate:check, run by `npm run check` and
// `make check`, covers the real spec; test/operation-params.test.mjs checks the
// result against it.)
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { generate } from '../scripts/generate-resources.mjs';

const ok = { 200: { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Payment' } } } } };
const widgetPath = { name: 'widget_id', in: 'path', required: true, schema: { type: 'string' } };
// The generated text with line breaks inside calls and signatures undone, so the
// assertions do not depend on where the 120-column wrap falls.
const flat = (text) => text.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/,? \)/g, ')').replace(/, \}/g, ' }');
const body = (required, schema) => ({ required, content: { 'application/json': { schema } } });

function spec(paths) {
  return JSON.stringify({
    openapi: '3.1.0',
    tags: [{ name: 'Widgets', description: 'Widgets and their parts.' }],
    paths,
    components: {
      schemas: {
        Payment: { type: 'object' },
        PartList: {
          type: 'object',
          properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Part' } }, has_more: {}, next_cursor: {} },
        },
        Part: { type: 'object' },
      },
    },
  });
}

const files = generate(
  spec({
    '/v1/widgets': {
      get: {
        operationId: 'listAllWidgets',
        'x-sdk-method': 'widgets.list_all',
        tags: ['Widgets'],
        description: 'Every widget; ends */ safely.',
        parameters: [{ name: 'kind', in: 'query', required: true, schema: { type: 'string' } }],
        responses: ok,
      },
    },
    '/v1/widgets/{widget_id}/spare_parts': {
      post: {
        operationId: 'createSparePart',
        'x-sdk-method': 'widgets.spare_parts.create',
        tags: ['Widgets'],
        parameters: [widgetPath],
        requestBody: body(false, { type: 'object', properties: { name: { type: 'string' } } }),
        responses: { 201: ok[200] },
      },
      get: {
        operationId: 'listSpareParts',
        'x-sdk-method': 'widgets.spare_parts.list',
        tags: ['Widgets'],
        parameters: [widgetPath, { name: 'starting_after', in: 'query', schema: { type: 'string' } }],
        responses: { 200: { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/PartList' } } } } },
      },
      patch: {
        operationId: 'updateSpareParts',
        'x-sdk-method': 'widgets.spare_parts.update_all',
        parameters: [widgetPath],
        requestBody: body(true, { type: 'object', properties: { name: { type: 'string' } } }),
        responses: ok,
      },
    },
  }),
);

test('one file per top-level segment, plus params.ts, each with the generated header', () => {
  assert.deepEqual(Object.keys(files).sort(), ['params.ts', 'widgets.ts']);
  for (const text of Object.values(files)) assert.match(text, /^\/\/ Generated from openapi.yaml by make generate — do not edit.\n/);
});

test('classes are the PascalCase join of the x-sdk-method path; a child is a camelCase property', () => {
  const w = files['widgets.ts'];
  assert.match(w, /export class WidgetsSpareParts extends APIResource \{/);
  assert.match(w, /export class Widgets extends APIResource \{\n {2}readonly spareParts: WidgetsSpareParts = new WidgetsSpareParts\(this\._client\);\n\n/);
  assert.ok(w.indexOf('class WidgetsSpareParts') < w.indexOf('class Widgets '), 'a child is declared before its group');
  assert.match(w, /\/\*\* `client\.widgets\.spareParts`: widgets and their parts\. \*\//);
});

test('path params positional, params optional or required as the spec says, query or body', () => {
  const w = flat(files['widgets.ts']);
  assert.ok(w.includes('listAll(params: WidgetListAllParams, options?: RequestOptions): Promise<Payment> {'), w);
  assert.ok(w.includes("return this._client.request('GET', '/v1/widgets', { query: params, options });"));
  assert.ok(w.includes('create(widgetId: string, params: WidgetsSparePartCreateParams = {}, options?: RequestOptions): Promise<Payment> {'));
  assert.ok(w.includes("`/v1/widgets/${pathParam('widgetId', widgetId)}/spare_parts`"));
  assert.ok(w.includes("'POST', `/v1/widgets/${pathParam('widgetId', widgetId)}/spare_parts`, { body: params, options }"), w);
  assert.ok(w.includes('updateAll(widgetId: string, params: WidgetsSparePartUpdateAllParams, options?: RequestOptions)'));
  assert.ok(w.includes('Every widget; ends *\\/ safely.'), 'a spec description cannot close the JSDoc');
});

test('a cursor list returns a PagePromise of its items, named by schema or derived', () => {
  const w = flat(files['widgets.ts']);
  assert.ok(w.includes("list(widgetId: string, params?: WidgetsSparePartListParams, options?: RequestOptions): PagePromise<ItemOf<'listSpareParts'>> {"), w);
  assert.ok(w.includes('return this._client.getPage(`/v1/widgets/${pathParam('));
  assert.match(files['widgets.ts'], /import type \{ ItemOf, Payment \} from '\.\.\/types\.js';/);
});

test('params.ts names each params type and derives it from the operation', () => {
  const p = files['params.ts'];
  assert.ok(p.includes("export type WidgetListAllParams = QueryOf<'listAllWidgets'>;"));
  assert.ok(p.includes("export type WidgetsSparePartCreateParams = BodyOf<'createSparePart'>;"));
  assert.ok(p.includes("export type WidgetsSparePartListParams = QueryOf<'listSpareParts'>;"));
  assert.ok(!p.includes('Params = never'));
});

test('the same spec gives the same files', () => {
  assert.deepEqual(generate(), generate());
});

test('spec shapes the generator cannot express are refused, not guessed', () => {
  const op = (extra) => spec({ '/v1/w/{widget_id}': { post: { operationId: 'o', 'x-sdk-method': 'w.do', parameters: [widgetPath], responses: ok, ...extra } } });
  assert.throws(() => generate(op({ 'x-sdk-method': undefined })), /has no x-sdk-method/);
  assert.throws(() => generate(op({ 'x-sdk-method': 'top' })), /needs a resource/);
  assert.throws(
    () => generate(op({ requestBody: body(false, { type: 'object', required: ['a'], properties: { a: { type: 'string' } } }) })),
    /an optional body cannot have required properties/,
  );
  assert.throws(
    () =>
      generate(
        op({
          parameters: [widgetPath, { name: 'q', in: 'query', schema: { type: 'string' } }],
          requestBody: body(true, { type: 'object', properties: {} }),
        }),
      ),
    /query parameters and a body at once/,
  );
});
