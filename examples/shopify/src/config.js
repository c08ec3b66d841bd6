// Configuration from environment variables (see ../.env.example).
//
// Everything the service needs is read once, here, and validated: a missing
// secret is a start-up error, never a silently open endpoint.

const REQUIRED = [
  'SHOPIFY_SHOP_DOMAIN',
  'SHOPIFY_ADMIN_TOKEN',
  'SHOPIFY_API_SECRET',
  'PAYCRYPT_API_KEY',
  'PAYCRYPT_API_SECRET',
  'PAYCRYPT_WEBHOOK_SECRET',
];

// The newest stable Admin API version the pinned @shopify/shopify-api knows (ApiVersion.July26).
export const DEFAULT_API_VERSION = '2026-07';

export class ConfigError extends Error {
  name = 'ConfigError';
}

/**
 * Build the service configuration from `env` (default `process.env`).
 * Throws {@link ConfigError} listing every missing variable at once.
 */
export function loadConfig(env = process.env) {
  const get = (name) => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const missing = REQUIRED.filter((name) => get(name) === undefined);
  if (missing.length > 0) {
    throw new ConfigError(`missing environment variable(s): ${missing.join(', ')} (see .env.example)`);
  }

  const shopDomain = /** @type {string} (in REQUIRED) */ (get('SHOPIFY_SHOP_DOMAIN')).replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const apiVersion = get('SHOPIFY_API_VERSION') ?? DEFAULT_API_VERSION;
  if (!/^\d{4}-\d{2}$|^unstable$/.test(apiVersion)) {
    throw new ConfigError(`SHOPIFY_API_VERSION must look like ${DEFAULT_API_VERSION}, got ${JSON.stringify(apiVersion)}`);
  }
  // Where the Admin API lives, as host[:port]. In production that is the shop
  // itself (unset); tests point it at a local stand-in. The library always
  // speaks HTTPS to it.
  const adminApiHost = get('SHOPIFY_ADMIN_API_HOST');
  if (adminApiHost !== undefined && !/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(adminApiHost)) {
    throw new ConfigError(`SHOPIFY_ADMIN_API_HOST must be host[:port], got ${JSON.stringify(adminApiHost)}`);
  }

  const port = Number(get('PORT') ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer 0..65535, got ${JSON.stringify(get('PORT'))}`);
  }

  return {
    port,
    host: get('HOST') ?? '0.0.0.0',
    shopify: {
      shopDomain,
      adminToken: get('SHOPIFY_ADMIN_TOKEN'),
      apiSecret: get('SHOPIFY_API_SECRET'),
      apiVersion,
      adminApiHost,
      // The name of the manual payment method as customers see it at checkout
      // (Settings → Payments → Manual payment methods → Create custom payment method).
      paymentMethodName: get('SHOPIFY_PAYMENT_METHOD_NAME') ?? 'PayCrypt',
      metafieldNamespace: get('SHOPIFY_METAFIELD_NAMESPACE') ?? 'paycrypt',
    },
    paycrypt: {
      apiKey: get('PAYCRYPT_API_KEY'),
      apiSecret: get('PAYCRYPT_API_SECRET'),
      baseURL: get('PAYCRYPT_BASE_URL'), // undefined → the SDK's default (production)
      webhookSecret: get('PAYCRYPT_WEBHOOK_SECRET'),
      payCurrency: get('PAYCRYPT_PAY_CURRENCY') ?? 'BTC',
    },
    // The durable store (./store.js): processed webhooks, order → payment links.
    storeFile: get('STORE_FILE') ?? './data/paycrypt-shopify.jsonl',
  };
}
