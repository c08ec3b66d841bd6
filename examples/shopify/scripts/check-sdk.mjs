// `npm test` / `npm start` need the SDK built: say so plainly instead of ERR_MODULE_NOT_FOUND.
try {
  await import('paycrypt');
} catch (err) {
  console.error(
    `cannot load the paycrypt SDK (${err.code ?? err.message}).\n` +
      'In this repository the example uses ../../js-sdk: build it first:\n' +
      '  (cd ../../js-sdk && npm ci && npm run build) && npm ci',
  );
  process.exit(1);
}
