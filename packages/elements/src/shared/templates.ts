import { html as litHtml, isServer, svg as litSvg, type TemplateResult } from 'lit';

type Tag = (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult;

const TEXT_BINDING = / \.textContent=$/;
const rewritten = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * The same template with each `.textContent=${…}` binding (the last binding of its tag) turned
 * into the tag's child: `<b .textContent=${t}></b>` becomes `<b>${t}</b>`. A server render emits
 * no property, so text set as a property would be missing from the markup; in the browser the
 * property keeps the DOM free of one marker node per text. A `<title>` keeps its property (its
 * text is filled in when the script runs).
 */
function withTextAsChildren(strings: TemplateStringsArray): TemplateStringsArray {
  let done = rewritten.get(strings);
  if (done) return done;
  const out = [...strings];
  for (let i = 0; i < out.length - 1; i += 1) {
    // A <title> holds raw text, where a server render takes no binding: it stays a property, set in the browser.
    if (TEXT_BINDING.test(out[i]!) && out[i + 1]!.startsWith('>') && !/<title[^<]*$/.test(out[i]!)) {
      out[i] = `${out[i]!.replace(TEXT_BINDING, '')}>`;
      out[i + 1] = out[i + 1]!.slice(1);
    }
  }
  // Built from the template literal's own strings, so it is as trusted as they are.
  done = Object.assign(out, { raw: out }) as unknown as TemplateStringsArray;
  rewritten.set(strings, done);
  return done;
}

function serverTag(tag: Tag): Tag {
  return (strings, ...values) => tag(withTextAsChildren(strings), ...values);
}

/** lit's `html`; on a server, with text bindings rendered as children (see {@link withTextAsChildren}). */
export const html: Tag = isServer ? serverTag(litHtml) : litHtml;
/** lit's `svg`; on a server, with text bindings rendered as children (see {@link withTextAsChildren}). */
export const svg: Tag = isServer ? serverTag(litSvg) : litSvg;
