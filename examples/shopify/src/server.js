// Entry point: `npm start` (or `node --env-file=.env src/server.js` on Node >= 20.6).

import { createService, consoleLogger } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { FileStore } from './store.js';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`configuration error: ${err.message}`);
    process.exit(1);
  }
  throw err;
}

const store = await FileStore.open(config.storeFile);
const service = createService(config, { store, logger: consoleLogger });

service.server.listen(config.port, config.host, () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (service.server.address());
  consoleLogger.info('listening', {
    url: `http://${config.host}:${port}`,
    shop: config.shopify.shopDomain,
    paycrypt: config.paycrypt.baseURL ?? '(SDK default)',
    store: config.storeFile,
  });
  // Links a previous run created but could not attach (then every 5 minutes).
  void service.retryUnlinked();
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    consoleLogger.info('shutting down', { signal });
    await service.close();
    await store.close();
    process.exit(0);
  });
}
