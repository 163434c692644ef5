import type { JSONContent } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import { Fragment, Node as PMNode, type Schema } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { schemaExtensions } from '../../../shared/editor/extensions';
import { invalid } from '../errors';
import { escapeHtml } from './escapeHtml';
import { codeBlockHtml } from './highlightCode';

const extensions = schemaExtensions();
let cachedSchema: Schema | undefined;

export function postSchema(): Schema {
  cachedSchema ??= getSchema(extensions);
  return cachedSchema;
}

type NodeRender = (props: { node: PMNode }) => string;

/**
 * Where published HTML differs from what the schema's renderHTML gives: code is highlighted,
 * and the empty footnote marker gets a closing tag (the static renderer would write <sup/>,
 * which a browser reads as an opening tag).
 */
const NODE_MAPPING: Record<string, NodeRender> = {
  codeBlock: ({ node }) => codeBlockHtml(node.textContent, node.attrs.language as string | null),
  footnote: ({ node }) => `<sup class="footnote-ref" data-footnote="${escapeHtml(String(node.attrs.text ?? ''))}"></sup>`,
};

/** The same without highlighting, for HTML that is read back rather than shown (Markdown export). */
const PLAIN_NODE_MAPPING: Record<string, NodeRender> = {
  ...NODE_MAPPING,
  codeBlock: ({ node }) => codeBlockHtml(node.textContent, node.attrs.language as string | null, { highlight: false }),
};

/**
 * Checks a Tiptap JSON document against the shared schema and returns it as a ProseMirror
 * node. Anything the editor could not have produced is refused with a specific message.
 */
export function parseDoc(doc: JSONContent): PMNode {
  try {
    const node = PMNode.fromJSON(postSchema(), doc);
    node.check();
    return node;
  } catch (error) {
    throw invalid(`The document does not fit the post schema: ${(error as Error).message}`);
  }
}

/**
 * The post body as HTML, rendered in Node from the Tiptap JSON with the same extension list
 * the editor uses. Preview, export and publishing all call this one function.
 */
export function renderBodyHtml(doc: JSONContent | PMNode, { highlightCode = true }: { highlightCode?: boolean } = {}): string {
  const node = doc instanceof PMNode ? doc : parseDoc(doc);
  return renderToHTMLString({ extensions, content: node, options: { nodeMapping: highlightCode ? NODE_MAPPING : PLAIN_NODE_MAPPING } });
}

/**
 * The HTML of each of several top-level blocks, as renderBodyHtml would render them inside a
 * document (their concatenation in document order is the body's HTML). One render call for
 * them all: renderToHTMLString resolves the whole extension list on every call, which per
 * block would cost about a second for a book's 1,400 blocks. The doc mapping is replaced to
 * keep each child's HTML apart instead of joining them.
 */
export function renderBlocksHtml(blocks: readonly PMNode[]): string[] {
  let rendered: string[] = [];
  renderToHTMLString({
    extensions,
    content: postSchema().topNodeType.create(null, Fragment.fromArray([...blocks])),
    options: {
      nodeMapping: {
        ...NODE_MAPPING,
        doc: ({ children }) => {
          rendered = ([] as string[]).concat(children ?? []);
          return '';
        },
      },
    },
  });
  if (rendered.length !== blocks.length) throw new Error(`Rendered ${rendered.length} blocks of ${blocks.length}`);
  return rendered;
}
