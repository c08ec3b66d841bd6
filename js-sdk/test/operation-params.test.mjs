// Every operation in openapi.yaml, read from the published type declarations
// (dist/esm/*.d.ts) with the TypeScript compiler: the method sits at its
// x-sdk-method path in classes named by the README's rule, takes the path
// parameters positionally in path order, then `params` whose property names,
// required-ness and JSON kinds are the spec's query parameters or request body,
// then `options`. The spec is read here directly, not through the generator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { before, test } from 'node:test';
import ts from 'typescript';
import { parse } from 'yaml';

const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const deref = (node) => {
  while (node?.$ref) node = node.$ref.slice(2).split('/').reduce((obj, key) => obj[key], spec);
  return node;
};
const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase());

const operations = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
    const op = item[method];
    if (!op) continue;
    const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
    const requestBody = deref(op.requestBody);
    const bodySchema = deref(requestBody?.content['application/json'].schema);
    operations.push({
      name: `${op.operationId} (${op['x-sdk-method']})`,
      segments: op['x-sdk-method'].split('.'),
      pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
      // name → {required, kind}
      fields: bodySchema
        ? Object.fromEntries(
            Object.entries(bodySchema.properties ?? {}).map(([name, schema]) => [
              name,
              { required: (bodySchema.required ?? []).includes(name), kind: specKind(schema) },
            ]),
          )
        : Object.fromEntries(
            parameters
              .filter((p) => p.in === 'query')
              .map((p) => [p.name, { required: p.required === true, kind: specKind(p.schema) }]),
          ),
      hasParams: bodySchema !== undefined || parameters.some((p) => p.in === 'query'),
      paramsRequired: bodySchema ? requestBody.required === true : parameters.some((p) => p.in === 'query' && p.required),
    });
  }
}

/** The JSON kind of a schema: string, number, boolean, array or object (null left out). */
function specKind(schema) {
  schema = deref(schema);
  const types = [schema.type].flat().filter((t) => t !== undefined && t !== 'null');
  if (types.length === 0) throw new Error(`no type in ${JSON.stringify(schema)}: teach specKind this shape`);
  return [...new Set(types.map((t) => (t === 'integer' ? 'number' : t)))].sort().join('|');
}

let checker;
let client; // the PayCrypt instance type
let declarations;

before(() => {
  const entry = fileURLToPath(new URL('../dist/esm/index.d.ts', import.meta.url));
  const program = ts.createProgram([entry], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  checker = program.getTypeChecker();
  declarations = program.getSourceFile(entry);
  assert.ok(declarations, `${entry} is missing: build first (npm test does)`);
  let symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(declarations)).find((s) => s.name === 'PayCrypt');
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  client = checker.getDeclaredTypeOfSymbol(symbol);
});

const typeOf = (symbol) => checker.getTypeOfSymbolAtLocation(symbol, symbol.valueDeclaration ?? declarations);

/** The JSON kind of a TypeScript type, the same words as specKind. */
function tsKind(type) {
  const parts = type.isUnion() ? type.types : [type];
  const kinds = parts.map((t) => {
    if (t.flags & ts.TypeFlags.StringLike) return 'string';
    if (t.flags & ts.TypeFlags.NumberLike) return 'number';
    if (t.flags & ts.TypeFlags.BooleanLike) return 'boolean';
    if (checker.isArrayType(t)) return 'array';
    if (t.flags & ts.TypeFlags.Object) return 'object';
    return checker.typeToString(t);
  });
  return [...new Set(kinds)].sort().join('|');
}

test('the spec has the operations this test reads', () => {
  assert.ok(operations.length >= 41, `${operations.length} operations`);
  assert.ok(operations.some((op) => op.pathParams.length && op.hasParams));
});

test('every operation: method at its x-sdk-method, path params in order, then params, then options', () => {
  const problems = [];
  for (const op of operations) {
    const say = (what) => problems.push(`${op.name}: ${what}`);
    let type = client;
    for (const [i, segment] of op.segments.slice(0, -1).entries()) {
      const property = type.getProperty(camel(segment));
      if (!property) {
        say(`no property ${camel(segment)}`);
        type = undefined;
        break;
      }
      type = typeOf(property);
      const expectedClass = op.segments.slice(0, i + 1).map(pascal).join('');
      if (type.getSymbol()?.name !== expectedClass) say(`class ${type.getSymbol()?.name}, expected ${expectedClass}`);
    }
    const method = type?.getProperty(camel(op.segments.at(-1)));
    if (!method) {
      if (type) say(`no method ${camel(op.segments.at(-1))}`);
      continue;
    }
    const signatures = typeOf(method).getCallSignatures();
    if (signatures.length !== 1) {
      say(`${signatures.length} signatures`);
      continue;
    }
    const actual = signatures[0].getParameters().map((p) => ({
      name: p.name,
      optional: checker.isOptionalParameter(p.valueDeclaration),
      type: checker.getNonNullableType(typeOf(p)),
    }));
    const expected = [
      ...op.pathParams.map((p) => ({ name: camel(p), optional: false })),
      ...(op.hasParams ? [{ name: 'params', optional: !op.paramsRequired }] : []),
      { name: 'options', optional: true },
    ];
    const shape = (list) => list.map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ');
    if (shape(actual) !== shape(expected)) {
      say(`(${shape(actual)}), expected (${shape(expected)})`);
      continue;
    }
    for (const p of actual.slice(0, op.pathParams.length)) {
      if (tsKind(p.type) !== 'string') say(`path parameter ${p.name} is ${checker.typeToString(p.type)}`);
    }
    const options = actual.at(-1).type;
    if ((options.aliasSymbol ?? options.getSymbol())?.name !== 'RequestOptions') say(`options is ${checker.typeToString(options)}`);
    if (!op.hasParams) continue;
    const fields = Object.fromEntries(
      checker.getPropertiesOfType(actual[op.pathParams.length].type).map((property) => [
        property.name,
        {
          required: (property.flags & ts.SymbolFlags.Optional) === 0,
          kind: tsKind(checker.getNonNullableType(typeOf(property))),
        },
      ]),
    );
    try {
      assert.deepEqual(fields, op.fields);
    } catch {
      say(`params ${JSON.stringify(fields)}, expected ${JSON.stringify(op.fields)}`);
    }
  }
  assert.deepEqual(problems, []);
});
