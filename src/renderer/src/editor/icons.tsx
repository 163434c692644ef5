import type { ReactElement } from 'react';

/** Line icons drawn on a 20×20 grid with the text colour, so they follow light and dark mode. */
const PATHS = {
  paragraph: <path d="M15 4H8.5a3.5 3.5 0 0 0 0 7H11m0-7v12m3-12v12" />,
  heading2: <path d="M3.5 5v10M10 5v10M3.5 10H10m3.2-2.2c.3-.9 1-1.3 1.8-1.3 1 0 1.8.7 1.8 1.6 0 1.5-3.6 2.8-3.6 4.9h3.8" />,
  heading3: <path d="M3.5 5v10M10 5v10M3.5 10H10m3-3.3h3.6l-2 2.6c1.2 0 2.2.6 2.2 1.8 0 1.1-.9 1.9-2 1.9-.8 0-1.5-.4-1.8-1" />,
  heading4: <path d="M3.5 5v10M10 5v10M3.5 10H10m5.8 5V6.5l-3.3 5.2h4.3" />,
  bold: <path d="M6 4h4.8a3 3 0 0 1 0 6H6zm0 6h5.6a3 3 0 0 1 0 6H6z" strokeWidth="2" />,
  italic: <path d="M9 4h6M5 16h6m1.5-12-5 12" />,
  underline: <path d="M6 4v5a4 4 0 0 0 8 0V4M5 17h10" />,
  strike: <path d="M13.8 6.4C13.3 5 11.9 4 10 4 7.8 4 6.3 5.2 6.3 6.9c0 1 .5 1.7 1.4 2.2M4 10.5h12m-2.2 2.1c.1.3.2.6.2.9 0 1.5-1.6 2.5-3.9 2.5-2 0-3.4-.9-4-2.4" />,
  code: <path d="M7.5 6 3.5 10l4 4m5-8 4 4-4 4" />,
  highlight: <path d="m12.2 3.8 4 4-6.4 6.4H5.8v-4zM3.5 17h13" />,
  link: <path d="M8.6 11.4a3.2 3.2 0 0 0 4.5 0l2.4-2.4a3.2 3.2 0 0 0-4.5-4.5l-1.1 1.1m1.5 3a3.2 3.2 0 0 0-4.5 0L4.5 11a3.2 3.2 0 0 0 4.5 4.5l1.1-1.1" />,
  unlink: <path d="M12.5 10.5 15.5 7.5a3.2 3.2 0 0 0-4.5-4.5L9.9 4.1m-2.4 5.4L4.5 12.5A3.2 3.2 0 0 0 9 17l1.1-1.1M4 4l12 12" />,
  bulletList: (
    <>
      <path d="M8 5.5h9M8 10h9M8 14.5h9" />
      <circle cx="4.2" cy="5.5" r="1.1" fill="currentColor" stroke="none" />
      <circle cx="4.2" cy="10" r="1.1" fill="currentColor" stroke="none" />
      <circle cx="4.2" cy="14.5" r="1.1" fill="currentColor" stroke="none" />
    </>
  ),
  orderedList: <path d="M8.5 5.5H17M8.5 10H17m-8.5 4.5H17M3.4 4.3l1.1-.8v4M3.2 10.2c.2-.5.6-.8 1.1-.8.6 0 1 .4 1 .9 0 .8-2.1 1.4-2.1 2.3h2.2M3.2 14.3h2l-1.1 1.3c.7 0 1.2.4 1.2 1s-.5 1-1.1 1c-.5 0-.9-.2-1.1-.6" strokeWidth="1.3" />,
  taskList: <path d="M3 4h4v4H3zm0 7.8 1.4 1.4L7 10.5M10 6h7m-7 7h7" />,
  blockquote: <path d="M4.5 14.5V11c0-2.8 1.3-4.7 3.5-5.6M4.5 11.5h3.2v3H4.5zm7 3V11c0-2.8 1.3-4.7 3.5-5.6m-3.5 6.1h3.2v3h-3.2z" />,
  codeBlock: <path d="M3.5 4.5h13v11h-13zM8 8l-2 2 2 2m4-4 2 2-2 2" />,
  horizontalRule: <path d="M3 10h14M6.5 5.5h7m-7 9h7" />,
  image: <path d="M3.5 4.5h13v11h-13zm1 10 4-4 3 3 2-2 2.5 2.5M7.2 7.3h.1" />,
  table: <path d="M3.5 4.5h13v11h-13zm0 4h13m-13 3.5h13m-8.7-7.5v11m4.4-11v11" />,
  footnote: <path d="m3.5 8 5.5 8m0-8-5.5 8M13 4.6l1.6-1.1V9m-1.6 0h3.2" />,
  undo: <path d="M7.5 8H4V4.5M4.3 7.7A6.3 6.3 0 1 1 6 14.8" />,
  redo: <path d="M12.5 8H16V4.5m-.3 3.2A6.3 6.3 0 1 0 14 14.8" />,
  help: <path d="M10 17.5a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15Zm-2.4-9.6A2.4 2.4 0 0 1 12.4 8c0 1.6-2.4 2-2.4 3.6m0 2.6h.01" />,
  chevron: <path d="m6 8 4 4 4-4" />,
  plus: <path d="M10 4.5v11M4.5 10h11" />,
  trash: <path d="M4 6h12M8 6V4h4v2m-6 0 .7 10h6.6L14 6" />,
  rowAdd: <path d="M3.5 4.5h13v6h-13zM10 13v5m-2.5-2.5h5" />,
  rowDelete: <path d="M3.5 4.5h13v6h-13zm4.5 9 4 4m0-4-4 4" />,
  columnAdd: <path d="M4.5 3.5h6v13h-6zM13 10h5m-2.5-2.5v5" />,
  columnDelete: <path d="M4.5 3.5h6v13h-6zm8.5 4.5 4 4m0-4-4 4" />,
  headerRow: <path d="M3.5 4.5h13v11h-13zm0 4h13" />,
  check: <path d="m4.5 10.5 3.5 3.5 7.5-8" />,
  external: <path d="M11 4h5v5m0-5-7 7M14 12v3.5H4.5V6H8" />,
  edit: <path d="m12.5 4.5 3 3L8 15H5v-3z" />,
} satisfies Record<string, ReactElement>;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg
      viewBox="0 0 20 20"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {PATHS[name]}
    </svg>
  );
}
