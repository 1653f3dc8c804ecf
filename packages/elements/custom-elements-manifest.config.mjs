// The custom-elements manifest and the editor/JSX data generated from it, for the shipped files:
// module paths name dist/*.js, only the public surface is listed, and every attribute with a
// fixed set of values carries that set as a literal union (tools print `'bar' | 'ring' | 'gauge'`,
// not the alias `Look` or `string`).
import { posix } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/** `lang` is read as English when it starts with `en`, Vietnamese otherwise (HTMLElement's own property). */
const FIELD_UNIONS = { lang: ['vi', 'en'] };

const union = (values) => values.map((value) => `'${value}'`).join(' | ');

/**
 * Reads, from each module's own source, the string-literal lists (`const LOOKS = ['bar', …] as const`),
 * the aliases over them (`type Look = (typeof LOOKS)[number]`), and the fields the element checks
 * against a list (`readChoice('theme', this.theme, THEMES)`), so the manifest's types follow the code.
 */
function literalUnions() {
  const lists = new Map();
  const aliases = new Map();
  const checked = new Map();
  return {
    name: 'hn-cds-literal-unions',
    collectPhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let init = node.initializer;
        while (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init)) init = init.expression;
        if (ts.isArrayLiteralExpression(init) && init.elements.length > 0 && init.elements.every((e) => ts.isStringLiteral(e))) {
          lists.set(node.name.text, init.elements.map((e) => e.text));
        }
      }
      if (ts.isTypeAliasDeclaration(node)) {
        const match = /^\(typeof (\w+)\)\[number\]$/.exec(node.type.getText().replace(/\s+/g, ''));
        if (match) aliases.set(node.name.text, match[1]);
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'readChoice' && node.arguments.length === 3) {
        const [, field, list] = node.arguments;
        const name = /^this\.(\w+)\b/.exec(field.getText())?.[1];
        if (name && ts.isIdentifier(list)) checked.set(name, list.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const valuesOf = (fieldName, typeText) => {
        if (FIELD_UNIONS[fieldName]) return FIELD_UNIONS[fieldName];
        if (checked.has(fieldName)) return lists.get(checked.get(fieldName));
        if (aliases.has(typeText)) return lists.get(aliases.get(typeText));
        return undefined;
      };
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          const values = valuesOf(item.fieldName ?? item.name, item.type?.text);
          if (values && item.type) item.type = { text: union(values) };
        }
      }
    },
  };
}

/** Modules read only for their lists (`LOOKS`, `THEMES`): internal, so not listed. */
const LISTS_ONLY = ['src/progress/geometry.ts', 'src/progress/attributes.ts', 'src/shared/data-element.ts'];

/** Keeps internal modules and private, protected and `_`-prefixed members out: tools list only what a page may use. */
function publicOnly() {
  return {
    name: 'hn-cds-public-only',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter((m) => !LISTS_ONLY.includes(m.path));
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'),
        );
      }
    },
  };
}

/** `src/progress/progress.ts` (or `./progress/progress.js` from `src/index.ts`) → `dist/progress/progress.js`: the files the package ships. */
function shippedPaths() {
  const shipped = (path, from = '') =>
    (path.startsWith('.') ? posix.join(posix.dirname(from), path) : path).replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'hn-cds-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        module.path = shipped(from);
        for (const item of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
          for (const ref of [item.declaration, item.superclass, ...(item.mixins ?? [])]) {
            if (ref?.module) ref.module = shipped(ref.module, from);
          }
        }
      }
    },
  };
}

const editorData = { outdir: 'dist', hideLogs: true, hideMethodDocs: true };

export default {
  globs: ['src/index.ts', 'src/hanoi.ts', 'src/default-taxonomy.ts', 'src/progress/progress.ts', 'src/summary/summary.ts', ...LISTS_ONLY],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    literalUnions(),
    publicOnly(),
    shippedPaths(),
    customElementVsCodePlugin({ ...editorData, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ ...editorData, webTypesFileName: 'web-types.json', excludeCss: false }),
  ],
};
