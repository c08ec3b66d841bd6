// A local stand-in for Shopify's Admin GraphQL endpoint
// (POST /admin/api/<version>/graphql.json): checks the access token, records
// every call, and answers the three operations the app uses with the shapes
// Shopify returns. It keeps a tiny order table so orderUpdate and
// orderMarkAsPaid change what the next `order` query sees, as the real API does.
//
// Served over HTTPS (the library speaks nothing else) with the throw-away
// certificate scripts/test-with-ca.mjs made; see there.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';

export async function startShopifyStandIn({ token, apiVersion }) {
  /** @type {{operation: string, query: string, variables: any, headers: object, path: string}[]} */
  const calls = [];
  /** gid → {name, total, currency, financialStatus, cancelledAt, note, metafields} */
  const orders = new Map();
  /** operation → how many of the next calls fail (Shopify's 200 with `errors`, nothing changed) */
  const failures = new Map();
  /** Called with each recorded call before it is answered: another client's write "in between". */
  let beforeReply = () => {};

  const { SHOPIFY_STAND_IN_TLS_KEY: keyFile, SHOPIFY_STAND_IN_TLS_CERT: certFile } = process.env;
  if (!keyFile || !certFile) throw new Error('run the tests with `npm test` (scripts/test-with-ca.mjs makes the TLS certificate)');
  const tls = { key: readFileSync(keyFile), cert: readFileSync(certFile) };

  const server = createServer(tls, (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const reply = (status, body) => {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(text);
      };
      if (req.method !== 'POST' || req.url !== `/admin/api/${apiVersion}/graphql.json`) {
        return reply(404, { errors: 'Not Found' });
      }
      if (req.headers['x-shopify-access-token'] !== token) {
        return reply(401, {
          errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
        });
      }
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reply(400, { errors: { query: 'Required parameter missing or invalid' } });
      }
      const query = String(body.query ?? '');
      const variables = body.variables ?? {};
      const operation = /orderMarkAsPaid\s*\(/.test(query)
        ? 'orderMarkAsPaid'
        : /orderUpdate\s*\(/.test(query)
          ? 'orderUpdate'
          : /\border\s*\(\s*id:/.test(query)
            ? 'order'
            : 'unknown';
      const call = { operation, query, variables, headers: req.headers, path: req.url };
      calls.push(call);
      beforeReply(call);
      const extensions = {
        cost: {
          requestedQueryCost: 10,
          actualQueryCost: 10,
          throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1990, restoreRate: 100 },
        },
      };

      if ((failures.get(operation) ?? 0) > 0) {
        failures.set(operation, failures.get(operation) - 1);
        call.failed = true;
        return reply(200, {
          errors: [{ message: 'Internal error. Looks like something went wrong on our end.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          extensions,
        });
      }

      if (operation === 'order') {
        const order = orders.get(variables.id);
        if (!order) return reply(200, { data: { order: null }, extensions });
        return reply(200, {
          data: {
            order: {
              id: variables.id,
              name: order.name,
              note: order.note,
              cancelledAt: order.cancelledAt,
              canMarkAsPaid: order.financialStatus === 'PENDING' && !order.cancelledAt,
              displayFinancialStatus: order.financialStatus,
              totalOutstandingSet: {
                shopMoney: {
                  amount: order.financialStatus === 'PAID' ? '0.0' : order.total,
                  currencyCode: order.currency,
                },
              },
              paymentId:
                order.metafields[`${variables.namespace}.payment_id`] === undefined
                  ? null
                  : { value: order.metafields[`${variables.namespace}.payment_id`] },
            },
          },
          extensions,
        });
      }

      if (operation === 'orderUpdate') {
        const input = variables.input ?? {};
        const order = orders.get(input.id);
        if (!order) {
          return reply(200, {
            data: { orderUpdate: { order: null, userErrors: [{ field: ['id'], message: 'Order does not exist' }] } },
            extensions,
          });
        }
        if (input.note !== undefined) order.note = input.note;
        for (const m of input.metafields ?? []) order.metafields[`${m.namespace}.${m.key}`] = m.value;
        return reply(200, {
          data: { orderUpdate: { order: { id: input.id, note: order.note }, userErrors: [] } },
          extensions,
        });
      }

      if (operation === 'orderMarkAsPaid') {
        const input = variables.input ?? {};
        const order = orders.get(input.id);
        if (!order) {
          return reply(200, {
            data: { orderMarkAsPaid: { order: null, userErrors: [{ field: ['id'], message: 'Order does not exist' }] } },
            extensions,
          });
        }
        if (order.financialStatus !== 'PENDING') {
          return reply(200, {
            data: {
              orderMarkAsPaid: {
                order: null,
                userErrors: [{ field: ['id'], message: 'Order cannot be marked as paid.' }],
              },
            },
            extensions,
          });
        }
        order.financialStatus = 'PAID';
        return reply(200, {
          data: { orderMarkAsPaid: { order: { id: input.id, displayFinancialStatus: 'PAID' }, userErrors: [] } },
          extensions,
        });
      }

      return reply(200, {
        errors: [{ message: 'Unsupported operation in the stand-in', extensions: { code: 'undefinedField' } }],
      });
    });
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    /** What SHOPIFY_ADMIN_API_HOST is set to. */
    host: `127.0.0.1:${port}`,
    calls,
    orders,
    /** Make an order exist on the "shop", as checkout would have. */
    addOrder(gid, { name, total, currency, financialStatus = 'PENDING', note = null }) {
      orders.set(gid, { name, total, currency, financialStatus, cancelledAt: null, note, metafields: {} });
    },
    /** The next `count` calls of `operation` fail as Shopify's internal errors do. */
    failNext(operation, count) {
      failures.set(operation, count);
    },
    /** `hook(call)` runs for every call before it is answered; `onCall()` removes it. */
    onCall(hook = () => {}) {
      beforeReply = hook;
    },
    callsOf(operation) {
      return calls.filter((c) => c.operation === operation);
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}
