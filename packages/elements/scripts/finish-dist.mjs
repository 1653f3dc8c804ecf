// After the manifest: writes the files generated from it (React JSX types) and the declarations of
// the CDN files, and drops the declarations of the CDN entry modules, whose JavaScript is bundled
// into dist/cdn/ and not shipped under their own names.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = new URL('../', import.meta.url);
const dist = new URL('dist/', pkg);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', pkg), 'utf8'));

/** Names a type text needs from the package (`CdsErrorDetail` in `CustomEvent<CdsErrorDetail>`). */
const GLOBAL_TYPES = new Set(['CustomEvent', 'Event', 'HTMLElement', 'Element', 'Record', 'Array', 'Partial', 'Readonly']);
const namesIn = (text) => (text.replace(/'[^']*'|"[^"]*"/g, '').match(/\b[A-Z]\w*\b/g) ?? []).filter((n) => !GLOBAL_TYPES.has(n));

const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/**
 * React 19 JSX types for every element of the manifest: each attribute (by its attribute name, and
 * by its property name when that differs), `on<event>` for each event (React 19 listens to
 * `oncds-error` as `cds-error`), and the props of any HTML element (`id`, `className`, `children`…).
 */
export function reactTypes(manifest) {
  const imports = new Set();
  const interfaces = [];
  const tags = [];
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!declaration.customElement || !declaration.tagName) continue;
    imports.add(declaration.name);
    const props = new Map();
    for (const attribute of declaration.attributes ?? []) {
      const type = attribute.type?.text ?? 'string';
      namesIn(type).forEach((n) => imports.add(n));
      props.set(attribute.name, { type, description: attribute.description });
      if (attribute.fieldName && attribute.fieldName !== attribute.name) props.set(attribute.fieldName, { type, description: attribute.description });
    }
    for (const event of declaration.events ?? []) {
      const type = event.type?.text ?? 'CustomEvent';
      namesIn(type).forEach((n) => imports.add(n));
      props.set(`on${event.name}`, { type: `(event: ${type}) => void`, description: `\`${event.name}\`: ${event.description ?? ''}` });
    }
    const name = `${declaration.name}JsxProps`;
    const omitted = [...props.keys()].map((k) => `'${k}'`).join(' | ');
    interfaces.push(
      `${doc(`Props of \`<${declaration.tagName}>\` in React 19 JSX.${declaration.summary ? ` ${declaration.summary}` : ''}`, '')}` +
        `export interface ${name} extends Omit<HTMLAttributes<${declaration.name}>, ${omitted}>, RefAttributes<${declaration.name}> {\n` +
        [...props].map(([prop, { type, description }]) => `${doc(description)}  ${key(prop)}?: ${type};\n`).join('') +
        '}\n',
    );
    tags.push(`      ${key(declaration.tagName)}: ${name};\n`);
  }
  return `// Generated from custom-elements.json by scripts/finish-dist.mjs.
// Use: \`import type {} from '@hn-cds/elements/react';\` once in a React 19 project.
import type { HTMLAttributes, RefAttributes } from 'react';
import type { ${[...imports].sort().join(', ')} } from './index.js';

${interfaces.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tags.join('')}    }
  }
}
`;
}

/** The CDN files export what the package's main entry exports (their own copy of it). */
const CDN_DECLARATION = `// The CDN files bundle the package's main entry (and, for hn-cds.min.js, the Hanoi dataset).
export { CdsProgress, CDS_ERROR_CODES, getDefaultTaxonomy, LOOKS, setDefaultTaxonomy } from '../index.js';
export type { CdsErrorCode, CdsErrorDetail, Look } from '../index.js';
`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('react.d.ts', dist), reactTypes(manifest));
  writeFileSync(new URL('react.js', dist), '// Types only: see react.d.ts.\nexport {};\n');
  for (const file of ['hn-cds.min.d.ts', 'cds-progress.min.d.ts']) writeFileSync(new URL(`cdn/${file}`, dist), CDN_DECLARATION);
  for (const file of ['cdn.d.ts', 'cdn-light.d.ts', 'define-on-use.d.ts']) rmSync(new URL(file, dist), { force: true });
}
