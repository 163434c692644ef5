import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Typography from '@tiptap/extension-typography';
import Image from '@tiptap/extension-image';

/**
 * The one document schema. The editor, the Node renderer (preview, export, publish) and the
 * importers all build from this list, so a post cannot look different in any of them.
 * Editor-only behaviour (placeholder, focus) is added on top in the renderer.
 */
export function schemaExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    Typography,
    Image.configure({ inline: false, allowBase64: false }),
  ];
}
