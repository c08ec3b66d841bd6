// Webhook verification: build a valid delivery, then break one field at a time.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import {
  PayCrypt,
  WebhookHeaderError,
  WebhookPayloadTypeError,
  WebhookSecretMissingError,
  WebhookSignatureError,
  WebhookTimestampInFutureError,
  WebhookTimestampTooOldError,
  WebhookVerificationError,
  webhooks,
} from '../dist/esm/index.js';

const SECRET = 'whsec_test_SUPER_SECRET_hook_5e2a';
const NOW = 1767225600;
const EVENT = {
  id: 'evt_0123456789abcdefghijklmn',
  type: 'payment.confirmed',
  created: NOW,
  livemode: false,
  data: { object: { id: 'pay_3f9a1c7e5b2d4a6c8e0f1a2b', status: 'confirmed', amount: '49.99' } },
};
const BODY = JSON.stringify(EVENT, null, 1); // deliberately not compact: re-serialising would change it
const valid = () => ({
  body: Buffer.from(BODY),
  header: PayCrypt.webhooks.generateTestHeader(BODY, SECRET, { timestamp: NOW }),
  secret: SECRET,
  options: { now: NOW },
});
const verify = ({ body, header, secret, options }) => PayCrypt.webhooks.verify(body, header, secret, options);

function expectFailure(delivery, ErrorClass, reason) {
  assert.throws(() => verify(delivery), (err) => {
    assert.equal(err.constructor, ErrorClass);
    assert.ok(err instanceof WebhookVerificationError);
    assert.equal(err.reason, reason);
    assert.ok(!err.message.includes('SUPER_SECRET'), err.message);
    return true;
  });
}

describe('webhooks.verify', () => {
  test('a valid delivery returns the parsed event (Buffer, Uint8Array and string)', () => {
    const d = valid();
    assert.deepEqual(verify(d), EVENT);
    assert.deepEqual(verify({ ...d, body: new Uint8Array(d.body) }), EVENT);
    assert.deepEqual(verify({ ...d, body: BODY }), EVENT);
  });

  test('the static helper, the client property and the named export are one object', () => {
    const client = new PayCrypt({ apiKey: 'pk', apiSecret: 'sk' });
    assert.equal(client.webhooks, PayCrypt.webhooks);
    assert.equal(webhooks, PayCrypt.webhooks);
    assert.deepEqual(client.webhooks.verify(BODY, valid().header, SECRET, { now: NOW }), EVENT);
  });

  test('a Node header array (repeated header) is accepted', () => {
    const d = valid();
    assert.deepEqual(verify({ ...d, header: [d.header] }), EVENT);
  });

  test('the body changed by one byte', () => {
    const d = valid();
    d.body = Buffer.from(BODY.replace('49.99', '49.98'));
    expectFailure(d, WebhookSignatureError, 'signature_mismatch');
  });

  test('the body re-serialised (parsed and stringified again)', () => {
    expectFailure({ ...valid(), body: JSON.stringify(JSON.parse(BODY)) }, WebhookSignatureError, 'signature_mismatch');
  });

  test('the wrong secret', () => {
    expectFailure({ ...valid(), secret: 'whsec_other' }, WebhookSignatureError, 'signature_mismatch');
  });

  test('the signature altered', () => {
    const d = valid();
    d.header = d.header.replace(/v1=(.)/, (_, c) => `v1=${c === '0' ? '1' : '0'}`);
    expectFailure(d, WebhookSignatureError, 'signature_mismatch');
  });

  test('the timestamp changed (covered by the MAC)', () => {
    const d = valid();
    d.header = d.header.replace(`t=${NOW}`, `t=${NOW + 1}`);
    expectFailure(d, WebhookSignatureError, 'signature_mismatch');
  });

  test('too old, and too far in the future (tolerance both ways)', () => {
    expectFailure({ ...valid(), options: { now: NOW + 301 } }, WebhookTimestampTooOldError, 'timestamp_too_old');
    expectFailure({ ...valid(), options: { now: NOW - 301 } }, WebhookTimestampInFutureError, 'timestamp_in_future');
    assert.deepEqual(verify({ ...valid(), options: { now: NOW + 300 } }), EVENT);
    assert.deepEqual(verify({ ...valid(), options: { now: NOW - 300 } }), EVENT);
    assert.deepEqual(verify({ ...valid(), options: { now: NOW + 1000, tolerance: 1000 } }), EVENT);
  });

  test('the default clock is the system clock', () => {
    const header = webhooks.generateTestHeader(BODY, SECRET);
    assert.deepEqual(webhooks.verify(BODY, header, SECRET), EVENT);
    const old = webhooks.generateTestHeader(BODY, SECRET, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    assert.throws(() => webhooks.verify(BODY, old, SECRET), WebhookTimestampTooOldError);
  });

  test('a missing, empty or malformed header; no v1 entry', () => {
    for (const header of [undefined, null, '', 'garbage', 'v1=abc', 't=abc,v1=00']) {
      expectFailure({ ...valid(), header }, WebhookHeaderError, 'malformed_header');
    }
    expectFailure({ ...valid(), header: `t=${NOW},v0=abc` }, WebhookHeaderError, 'no_signature');
  });

  test('an empty or missing secret fails closed, even with a valid header', () => {
    for (const secret of ['', undefined, null, []]) {
      expectFailure({ ...valid(), secret }, WebhookSecretMissingError, 'empty_secret');
    }
  });

  test('rotation: any of several secrets may match', () => {
    const header = webhooks.generateTestHeader(BODY, ['whsec_old', 'whsec_new'], { timestamp: NOW });
    assert.deepEqual(webhooks.verify(BODY, header, 'whsec_new', { now: NOW }), EVENT);
    const oneSig = webhooks.generateTestHeader(BODY, 'whsec_new', { timestamp: NOW });
    assert.deepEqual(webhooks.verify(BODY, oneSig, ['whsec_old', 'whsec_new'], { now: NOW }), EVENT);
    assert.throws(() => webhooks.verify(BODY, oneSig, ['whsec_old', 'whsec_x'], { now: NOW }), WebhookSignatureError);
  });

  test('an already-parsed body (express.json()) gets a clear error', () => {
    const d = valid();
    assert.throws(() => webhooks.verify(EVENT, d.header, SECRET, { now: NOW }), (err) => {
      assert.ok(err instanceof WebhookPayloadTypeError);
      assert.equal(err.reason, 'not_raw_body');
      assert.match(err.message, /already-parsed JSON/);
      assert.match(err.message, /use express\.raw\(\{type: 'application\/json'\}\)/);
      return true;
    });
    assert.throws(() => webhooks.verify(undefined, d.header, SECRET), WebhookPayloadTypeError);
  });

  test('a signed body that is not an event', () => {
    for (const body of ['not json', '[1,2]', '{"foo":1}']) {
      const header = webhooks.generateTestHeader(body, SECRET, { timestamp: NOW });
      assert.throws(() => webhooks.verify(body, header, SECRET, { now: NOW }), (err) =>
        err.constructor === WebhookVerificationError && err.reason === 'invalid_payload');
    }
  });

  test('the shared webhook vectors give the same reasons', () => {
    const vectors = JSON.parse(readFileSync(new URL('../../contract-tests/vectors/webhook-signing.json', import.meta.url)));
    for (const c of vectors.cases) {
      try {
        webhooks.verifySignature(Buffer.from(c.payload), c.header, c.secret, { tolerance: c.tolerance, now: c.now });
        assert.equal(c.result, 'valid', `tc${c.tcId}`);
      } catch (err) {
        assert.ok(err instanceof WebhookVerificationError, `tc${c.tcId}: ${err}`);
        assert.equal(err.reason, c.reason, `tc${c.tcId}`);
      }
    }
  });
});
