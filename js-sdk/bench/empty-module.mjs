// The start-up bench's reference for `import('paycrypt')`: an ES module with
// nothing in it, so the row counts what paycrypt adds, not the ES module
// loader that any import() starts.
export {};
