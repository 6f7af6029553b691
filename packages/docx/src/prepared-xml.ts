import { FileChild, PageNumber, type IContext, type IXmlableObject, type XmlComponent } from 'docx';

/**
 * A block whose XML docx has prepared already (`prepForXml`'s output): docx writes it as it is. docx prepares every
 * element of every export afresh, which for a large appendix table is most of an export's time; a table row of a
 * given shape comes out the same each time but for its texts, so it is prepared once (`XmlTemplates`) and filled in.
 */
export class PreparedXml extends FileChild {
    constructor(private readonly xml: IXmlableObject) {
        super(Object.keys(xml)[0]);
    }

    override prepForXml(): IXmlableObject {
        return this.xml;
    }
}

/**
 * What docx prepares from `component` on its own. Only for components that need nothing of the document around them:
 * no images, numbering, hyperlinks, footnote contents or colours of the document's theme, and a table only with its
 * width and its columns' widths in twips.
 */
export function prepare(component: XmlComponent): IXmlableObject {
    const xml = component.prepForXml({ stack: [] } as unknown as IContext);
    if (!xml) throw new Error(`docx prepared nothing for ${component.constructor.name}`);
    return xml;
}

/** Texts `runsOf` writes in runs of their own (docx would take them for page-number fields otherwise). */
const FIELD_WORDS: ReadonlySet<string> = new Set(Object.values(PageNumber));

/**
 * Stand-ins for texts while a template is prepared. They hold U+FFFF, which `nfc` takes out of every model text
 * (XML cannot hold it), so no text can be mistaken for one.
 */
const slot = (index: number): string => `\uFFFF${index}\uFFFF`;
const slotIndex = (text: string): number | undefined => (text.charCodeAt(0) === 0xffff ? Number(text.slice(1, -1)) : undefined);

/** At most this many shapes are kept; a document with more starts the cache afresh rather than growing it. */
const MAX_TEMPLATES = 2000;

interface Template {
    xml: unknown;
    /** The objects and arrays of `xml` holding a slot: only these are copied when the template is filled. */
    filled: WeakSet<object>;
}

/**
 * Prepared XML of components that differ only in their texts, prepared by docx once per shape: `build(shape, texts)`
 * makes the docx component, and docx's XML for it depends on `texts` only as text written into it.
 */
export class XmlTemplates<Shape> {
    private readonly templates = new Map<string, Template>();

    constructor(private readonly build: (shape: Shape, texts: readonly string[]) => XmlComponent) {}

    /** The XML docx prepares for `build(shape, texts)`. */
    xml(shape: Shape, texts: readonly string[]): IXmlableObject {
        // An empty text or a field word is written differently from other texts: it stays in the template as it is.
        const literal = texts.map(text => (text === '' || FIELD_WORDS.has(text) ? text : null));
        const key = JSON.stringify([shape, literal]);
        let template = this.templates.get(key);
        if (!template) {
            if (this.templates.size >= MAX_TEMPLATES) this.templates.clear();
            template = compile(prepare(this.build(shape, literal.map((text, index) => text ?? slot(index)))));
            this.templates.set(key, template);
        }
        return fill(template.xml, template, texts) as IXmlableObject;
    }
}

function compile(xml: unknown): Template {
    const filled = new WeakSet<object>();
    const mark = (node: unknown): boolean => {
        if (typeof node === 'string') return slotIndex(node) !== undefined;
        if (node === null || typeof node !== 'object') return false;
        let found = false;
        for (const child of Object.values(node)) found = mark(child) || found;
        if (found) filled.add(node);
        return found;
    };
    mark(xml);
    return { xml, filled };
}

/** A copy of `node` with its slots replaced by `values`; what holds no slot is shared with the template, never changed. */
function fill(node: unknown, template: Template, values: readonly string[]): unknown {
    if (typeof node === 'string') {
        const index = slotIndex(node);
        return index === undefined ? node : values[index];
    }
    if (node === null || typeof node !== 'object' || !template.filled.has(node)) return node;
    if (Array.isArray(node)) return node.map(child => fill(child, template, values));
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) copy[key] = fill(value, template, values);
    return copy;
}
