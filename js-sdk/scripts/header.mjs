// The first line of every file the js-sdk generators write (kept in its own
// module so importing it does not load openapi-typescript).
export const HEADER = '// Generated from openapi.yaml by make generate — do not edit.\n';
