import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM, never through a `style`
 * attribute, so positions work under a Content-Security-Policy without 'unsafe-inline'
 * (lit's styleMap writes the attribute on its first render).
 */
class SetProperties extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('setProperties() is an element directive: <div ${setProperties({...})}>');
  }

  render(_properties: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return nothing;
  }
}

/** Sets CSS custom properties on the element it is bound to, through the CSSOM. */
export const setProperties = directive(SetProperties);
