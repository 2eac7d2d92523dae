/**
 * A canonical, JSON-comparable form of a whole definitions tree: every element with its type, properties and
 * references (as ids), unknown extension elements and attributes included, namespace bookkeeping left out. Two files
 * with the same semantic tree say the same thing, whatever their prefixes, formatting or encoding.
 */
import type { StudioElement } from './studio-moddle.ts';

/** xmlns declarations and xsi:type are how a file spells things, not what it says. */
function isSpelling(attribute: string): boolean {
  return attribute === 'xmlns' || attribute.startsWith('xmlns:') || attribute === 'xsi:type';
}

function canonical(value: unknown, options: SemanticTreeOptions): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, options)).filter((item) => item !== undefined);
  if (!value || typeof value !== 'object') return value;
  const element = value as StudioElement;
  if (options.omitTypes?.includes(element.$type)) return undefined;
  // An extension container with nothing in it (or only what is omitted) says nothing.
  if (element.$type === 'bpmn:ExtensionElements') {
    const values = (element.values ?? []) as StudioElement[];
    if (values.every((value) => options.omitTypes?.includes(value.$type)) && !Object.keys(element.$attrs ?? {}).length && !element.id) return undefined;
  }
  const tree: Record<string, unknown> = { $type: element.$type };
  const descriptor = element.$descriptor;
  if (descriptor && !descriptor.isGeneric) {
    for (const property of descriptor.properties ?? []) {
      const propertyValue = element[property.name] as unknown;
      if (propertyValue === undefined || (Array.isArray(propertyValue) && propertyValue.length === 0)) continue;
      if (property.isReference) {
        const idOf = (target: unknown) => (target as StudioElement | undefined)?.id ?? null;
        tree[property.name] = Array.isArray(propertyValue) ? propertyValue.map(idOf) : idOf(propertyValue);
      } else {
        const child = canonical(propertyValue, options);
        if (child !== undefined && !(Array.isArray(child) && child.length === 0)) tree[property.name] = child;
      }
    }
  } else {
    // moddle-xml writes an unknown element's attributes in its own namespace without their prefix (t:kind="y" on
    // <t:a> comes back as kind="y"), so `kind` and `t:kind` are one attribute to it. Both with the same value are
    // one here too; with different values they stay apart, and a comparison shows the loss.
    const ownPrefix = `${element.$type.split(':')[0]}:`;
    for (const [key, child] of Object.entries(element)) {
      if (key === '$type' || key === '$parent' || key === '$attrs') continue;
      const unprefixed = key.startsWith(ownPrefix) ? key.slice(ownPrefix.length) : key;
      const name = unprefixed !== key && Object.hasOwn(element, unprefixed) && element[unprefixed] !== child ? key : unprefixed;
      tree[name] = canonical(child, options);
    }
  }
  const attributes = Object.entries(element.$attrs ?? {}).filter(([name]) => !isSpelling(name));
  if (attributes.length) tree.$attrs = Object.fromEntries(attributes.sort(([a], [b]) => a.localeCompare(b)));
  return tree;
}

export interface SemanticTreeOptions {
  /** Element types to leave out, e.g. Swimlane's documentation, to compare the diagram alone. */
  omitTypes?: readonly string[];
}

export function semanticTree(definitions: StudioElement, options: SemanticTreeOptions = {}): unknown {
  return canonical(definitions, options);
}
