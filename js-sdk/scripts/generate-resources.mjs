// `npm run generate` writes src/resources/*.ts (one file per top-level
// `x-sdk-method` segment, plus params.ts) from ../openapi.yaml; with --check it
// writes nothing and fails when a committed file differs from a fresh
// generation (or a stray file sits in src/resources/).
//
// Naming (the same rule as the Python SDK; see README "Resources and names"):
// - a resource class is the PascalCase join of the x-sdk-method path without the
//   method: `admin.pricing_overrides.create` → class `AdminPricingOverrides`;
// - a method is the last segment in camelCase: `switch_package` → `switchPackage`;
// - a client property is the segment in camelCase: `client.admin.pricingOverrides`;
// - a params type is the class name with its last word singular, then the method:
//   `AdminPricingOverrideCreateParams`, `UsageListAlertsParams`.
//
// Behaviour per operation: path params are positional strings, checked and
// encoded by `pathParam`; query params and a JSON body are one `params` object
// (optional when nothing in it is required; an optional body defaults to `{}`
// so the request always carries one); a GET with `starting_after` whose response
// is a `{data, has_more, next_cursor}` list returns a `PagePromise` of its items.
// Results are typed by their schema's friendly name when src/types.ts exports
// it (`Payment`), else by `ResponseOf<'operationId'>` / `ItemOf<…>`. The
// hand-written client (src/client.ts) imports the top-level classes from
// `./resources/<segment-in-kebab-case>.js`; a new top-level segment needs a line there.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { parse } from 'yaml';

import { HEADER } from './header.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = process.env.PAYCRYPT_OPENAPI ?? join(root, '..', 'openapi.yaml');
const outDir = join(root, 'src', 'resources');
const WIDTH = 120;
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase());
/** `['admin', 'pricing_overrides']` → `AdminPricingOverrides`. */
const className = (segments) => segments.map(pascal).join('');
const kebab = (s) => s.replace(/_/g, '-');
// Only the last word: `TestHelpersPayments` → `TestHelpersPayment`, `Currencies` → `Currency`.
const singular = (name) =>
  name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name;

/** Every operation of the spec, in document order, with its parameters resolved. */
function operations(spec) {
  const deref = (node) => {
    const seen = new Set();
    while (node && typeof node.$ref === 'string') {
      if (seen.has(node.$ref)) throw new Error(`circular $ref ${node.$ref}`);
      seen.add(node.$ref);
      node = node.$ref
        .slice(2)
        .split('/')
        .reduce((obj, key) => obj?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
    }
    return node;
  };
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of Object.keys(item).filter((k) => HTTP_METHODS.has(k))) {
      const op = item[method];
      const where = `${method.toUpperCase()} ${path}`;
      if (typeof op['x-sdk-method'] !== 'string') throw new Error(`${where} has no x-sdk-method`);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const name of pathParams) {
        if (!params.some((p) => p.in === 'path' && p.name === name)) throw new Error(`${where}: {${name}} is not a parameter`);
      }
      const requestBody = op.requestBody ? deref(op.requestBody) : undefined;
      let body;
      if (requestBody) {
        const schema = deref(requestBody.content?.['application/json']?.schema);
        if (!schema) throw new Error(`${where}: only application/json request bodies are supported`);
        body = { required: requestBody.required === true, requiredProperties: schema.required ?? [] };
      }
      const status = Object.keys(op.responses ?? {}).find((code) => /^2\d\d$/.test(code));
      const responseSchemaRef = status ? deref(op.responses[status])?.content?.['application/json']?.schema : undefined;
      const responseSchema = deref(responseSchemaRef);
      const itemsRef = responseSchema?.properties?.data?.items;
      ops.push({
        method,
        path,
        where,
        operationId: op.operationId,
        sdkMethod: op['x-sdk-method'].split('.'),
        summary: op.summary,
        description: op.description,
        tags: op.tags ?? [],
        pathParams,
        query: params.filter((p) => p.in === 'query'),
        body,
        response: refName(responseSchemaRef),
        hasResponse: responseSchemaRef !== undefined,
        page:
          method === 'get' &&
          params.some((p) => p.in === 'query' && p.name === 'starting_after') &&
          responseSchema?.properties?.data?.type === 'array' &&
          'next_cursor' in (responseSchema.properties ?? {})
            ? { item: refName(itemsRef) }
            : undefined,
      });
    }
  }
  return ops;
}

const refName = (node) =>
  typeof node?.$ref === 'string' && node.$ref.startsWith('#/components/schemas/') ? node.$ref.split('/').pop() : undefined;

/** The resource tree: `{segment, segments, ops, children: Map}` from the x-sdk-method paths. */
function tree(ops) {
  const top = { segments: [], ops: [], children: new Map() };
  for (const op of ops) {
    let node = top;
    for (const segment of op.sdkMethod.slice(0, -1)) {
      if (!node.children.has(segment)) {
        node.children.set(segment, { segment, segments: [...node.segments, segment], ops: [], children: new Map() });
      }
      node = node.children.get(segment);
    }
    if (node === top) throw new Error(`${op.where}: x-sdk-method ${op.sdkMethod.join('.')} needs a resource`);
    const name = camel(op.sdkMethod.at(-1));
    if (node.ops.some((o) => camel(o.sdkMethod.at(-1)) === name)) throw new Error(`${op.where}: ${op.sdkMethod.join('.')} twice`);
    node.ops.push(op);
  }
  return top;
}

/** The params type's name for an operation, or undefined when it takes none. */
function paramsTypeName(op) {
  if (op.query.length === 0 && !op.body) return undefined;
  return `${singular(className(op.sdkMethod.slice(0, -1)))}${pascal(op.sdkMethod.at(-1))}Params`;
}

/** A JSDoc block at `indent`, wrapped to WIDTH; `*\/` in the spec cannot end it early. */
function jsdoc(paragraphs, indent) {
  const width = WIDTH - indent.length - 3;
  const lines = [];
  for (const paragraph of paragraphs.filter(Boolean)) {
    if (lines.length) lines.push('');
    for (const source of String(paragraph).replace(/\*\//g, '*\\/').trim().split('\n')) {
      let line = '';
      for (const word of source.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else {
          line = line ? `${line} ${word}` : word;
        }
      }
      lines.push(line);
    }
  }
  if (lines.length === 1 && lines[0].length <= width - 3) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** `name(a, b): R {` on one line when it fits, else one parameter per line (as prettier does). */
function signature(indent, head, args, tail) {
  const oneLine = `${indent}${head}(${args.join(', ')})${tail}`;
  if (oneLine.length <= WIDTH) return `${oneLine}\n`;
  return `${indent}${head}(\n${args.map((a) => `${indent}  ${a},\n`).join('')}${indent})${tail}\n`;
}

/** `head(a, { x, y });` on one line when it fits, else the object's entries (or all arguments) one per line. */
function call(indent, head, args, objectEntries) {
  const object = objectEntries ? `{ ${objectEntries.join(', ')} }` : undefined;
  const all = object ? [...args, object] : args;
  const oneLine = `${indent}${head}(${all.join(', ')});`;
  if (oneLine.length <= WIDTH) return `${oneLine}\n`;
  if (object) {
    const open = `${indent}${head}(${[...args, '{'].join(', ')}`;
    if (open.length <= WIDTH) return `${open}\n${objectEntries.map((e) => `${indent}  ${e},\n`).join('')}${indent}});\n`;
  }
  return `${indent}${head}(\n${all.map((a) => `${indent}  ${a},\n`).join('')}${indent});\n`;
}

function renderMethod(op, ctx) {
  const name = camel(op.sdkMethod.at(-1));
  const args = op.pathParams.map((p) => `${camel(p)}: string`);
  const paramsType = paramsTypeName(op);
  let init;
  if (paramsType) {
    ctx.params.add(paramsType);
    if (op.query.length && op.body) throw new Error(`${op.where}: query parameters and a body at once are not supported`);
    if (op.body) {
      if (!op.body.required && op.body.requiredProperties.length) {
        throw new Error(`${op.where}: an optional body cannot have required properties`);
      }
      args.push(op.body.required ? `params: ${paramsType}` : `params: ${paramsType} = {}`);
      init = ['body: params', 'options'];
    } else {
      args.push(op.query.some((p) => p.required) ? `params: ${paramsType}` : `params?: ${paramsType}`);
      init = ['query: params', 'options'];
    }
  } else {
    init = ['options'];
  }
  args.push('options?: RequestOptions');
  if (op.pathParams.length) ctx.core.add('pathParam');
  const pathExpr = op.pathParams.length
    ? `\`${op.path.replace(/\{([^}]+)\}/g, (_, p) => `\${pathParam('${camel(p)}', ${camel(p)})}`)}\``
    : `'${op.path}'`;

  const docs = [
    op.description || op.summary,
    `\`${op.method.toUpperCase()} ${op.path}\`${op.page ? ' — `for await` the result for every item on every page.' : ''}`,
  ];
  let out = jsdoc(docs, '  ');
  if (op.page) {
    ctx.pagination = true;
    const item = ctx.typeName(op.page.item, `ItemOf<'${op.operationId}'>`);
    out += signature('  ', name, args, `: PagePromise<${item}> {`);
    out += call('    ', 'return this._client.getPage', [pathExpr, paramsType ? 'params' : 'undefined', 'options']);
  } else {
    const result = op.hasResponse ? ctx.typeName(op.response, `ResponseOf<'${op.operationId}'>`) : 'undefined';
    out += signature('  ', name, args, `: Promise<${result}> {`);
    out += call('    ', 'return this._client.request', [`'${op.method.toUpperCase()}'`, pathExpr], init);
  }
  return `${out}  }\n`;
}

const lowerFirst = (s) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

function renderClass(node, ctx, tagDescriptions) {
  const name = className(node.segments);
  const property = `client.${node.segments.map(camel).join('.')}`;
  const descendants = (n) => [...n.ops, ...[...n.children.values()].flatMap(descendants)];
  const tags = [...new Set(descendants(node).flatMap((op) => op.tags))];
  const about = tags.map((t) => tagDescriptions.get(t)).filter(Boolean);
  let out = '';
  // Children first: a class is declared before the group that holds it.
  for (const child of node.children.values()) out += renderClass(child, ctx, tagDescriptions);
  out += jsdoc([`\`${property}\`${about.length ? `: ${lowerFirst(about.join(' '))}` : '.'}`], '');
  out += `export class ${name} extends APIResource {\n`;
  const members = [];
  for (const child of node.children.values()) {
    const childName = className(child.segments);
    members.push(`  readonly ${camel(child.segment)}: ${childName} = new ${childName}(this._client);\n`);
  }
  if (members.length) members[members.length - 1] += node.ops.length ? '\n' : '';
  out += members.join('');
  out += node.ops.map((op) => renderMethod(op, ctx)).join('\n');
  return `${out}}\n\n`;
}

/** The TypeScript names src/types.ts exports (to name results by their schema). */
function exportedTypeNames() {
  const text = readFileSync(join(root, 'src', 'types.ts'), 'utf8');
  return new Set([...text.matchAll(/^export type (\w+)/gm)].map((m) => m[1]));
}

function renderResourceFile(node, tagDescriptions, typeNames) {
  const classNames = new Set();
  const collect = (n) => {
    classNames.add(className(n.segments));
    for (const c of n.children.values()) collect(c);
  };
  collect(node);
  const types = new Map(); // local name → import specifier
  const ctx = {
    core: new Set(),
    params: new Set(),
    pagination: false,
    // A schema exported by types.ts under its own name, else the operation's derived type.
    typeName(schema, fallback) {
      if (!schema || !typeNames.has(schema)) {
        const helper = fallback.slice(0, fallback.indexOf('<'));
        types.set(helper, helper);
        return fallback;
      }
      const local = classNames.has(schema) ? `${schema}Result` : schema;
      types.set(local, local === schema ? schema : `${schema} as ${local}`);
      return local;
    },
  };
  const body = renderClass(node, ctx, tagDescriptions);
  const core = [...ctx.core].sort();
  const imports = [
    core.length
      ? `import { ${[...core, 'type RequestOptions'].join(', ')} } from '../core.js';`
      : `import type { RequestOptions } from '../core.js';`,
  ];
  if (ctx.pagination) imports.push(`import type { PagePromise } from '../pagination.js';`);
  imports.push(`import { APIResource } from '../resource.js';`);
  const typeImports = [...types.keys()].sort().map((k) => types.get(k));
  if (typeImports.length) imports.push(importLine(typeImports, '../types.js'));
  if (ctx.params.size) imports.push(importLine([...ctx.params].sort(), './params.js'));
  return `${HEADER}${imports.join('\n')}\n\n${body.trimEnd()}\n`;
}

function importLine(names, from) {
  const line = `import type { ${names.join(', ')} } from '${from}';`;
  return line.length <= WIDTH ? line : `import type {\n${names.map((n) => `  ${n},\n`).join('')}} from '${from}';`;
}

function renderParamsFile(ops) {
  let out = `${HEADER}import type { BodyOf, QueryOf } from '../types.js';\n`;
  for (const op of ops) {
    const name = paramsTypeName(op);
    if (!name) continue;
    const what = op.body ? `The JSON body of` : 'The query parameters of';
    out += `\n${jsdoc([`${what} \`client.${op.sdkMethod.map(camel).join('.')}()\` (\`${op.method.toUpperCase()} ${op.path}\`).`], '')}`;
    out += `export type ${name} = ${op.body ? 'BodyOf' : 'QueryOf'}<'${op.operationId}'>;\n`;
  }
  return out;
}

/** `{fileName: contents}` for src/resources/, from the spec's text. */
export function generate(specText = readFileSync(specPath, 'utf8')) {
  const spec = parse(specText);
  const ops = operations(spec);
  const tagDescriptions = new Map((spec.tags ?? []).map((t) => [t.name, t.description]));
  const typeNames = exportedTypeNames();
  const files = {};
  for (const node of tree(ops).children.values()) {
    files[`${kebab(node.segment)}.ts`] = renderResourceFile(node, tagDescriptions, typeNames);
  }
  if (files['params.ts']) throw new Error('a resource named `params` would overwrite params.ts');
  files['params.ts'] = renderParamsFile(ops);
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = generate();
  const present = readdirSync(outDir);
  const rel = (f) => relative(process.cwd(), join(outDir, f));
  if (process.argv.includes('--check')) {
    const stale = Object.keys(files).filter((f) => {
      try {
        return readFileSync(join(outDir, f), 'utf8') !== files[f];
      } catch {
        return true;
      }
    });
    const stray = present.filter((f) => !(f in files));
    if (stale.length || stray.length) {
      for (const f of stale) console.error(`${rel(f)} is out of date with the spec`);
      for (const f of stray) console.error(`${rel(f)} is not generated (src/resources/ holds only generated files)`);
      console.error('run `make generate` (npm run generate in js-sdk)');
      process.exit(1);
    }
    console.log(`${relative(process.cwd(), outDir)}/ is up to date (${Object.keys(files).length} files)`);
  } else {
    for (const f of present.filter((f) => !(f in files))) rmSync(join(outDir, f));
    for (const [f, text] of Object.entries(files)) writeFileSync(join(outDir, f), text);
    console.log(`wrote ${Object.keys(files).length} files in ${relative(process.cwd(), outDir)}/`);
  }
}
