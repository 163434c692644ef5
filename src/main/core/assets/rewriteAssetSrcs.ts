import type { JSONContent } from '@tiptap/core';
import { parseAssetSrc } from './assetNames';

/**
 * A copy of a Tiptap document whose library images (src `library-assets/<hash>.<ext>`) point
 * where `replace` says; a null answer keeps the src. Other images and nodes are shared, not
 * copied, and the input is never changed.
 */
export function rewriteAssetSrcs(doc: JSONContent, replace: (src: string) => string | null): JSONContent {
  const visit = (node: JSONContent): JSONContent => {
    let next = node;
    const src: unknown = node.attrs?.src;
    if (node.type === 'image' && typeof src === 'string' && parseAssetSrc(src)) {
      const replacement = replace(src);
      if (replacement !== null) next = { ...node, attrs: { ...node.attrs, src: replacement } };
    }
    if (node.content) {
      const content = node.content.map(visit);
      if (content.some((child, i) => child !== node.content?.[i])) next = { ...next, content };
    }
    return next;
  };
  return visit(doc);
}
