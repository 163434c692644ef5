/**
 * Whether plain text on the clipboard is Markdown worth converting: a heading, list, quote,
 * fence or table line, or inline **bold**, `code` or [links](…). Ordinary prose, even with
 * the odd asterisk or underscore, stays as typed.
 */
const BLOCK_SYNTAX = [
  /^#{1,6}\s+\S/m, // # Heading
  /^\s{0,3}[-*+]\s+\S/m, // - item
  /^\s{0,3}\d{1,9}[.)]\s+\S/m, // 1. item
  /^\s{0,3}>\s?\S/m, // > quote
  /^\s{0,3}(```|~~~)/m, // fenced code
  /^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-+:?\s*\|?\s*$/m, // a table's delimiter row
];

const INLINE_SYNTAX = [
  /\*\*[^*\s][^*\n]*\*\*/, // **bold**
  /__[^_\s][^_\n]*__/, // __bold__
  /`[^`\n]+`/, // `code`
  /\[[^\]\n]+\]\([^)\s]+\)/, // [text](url)
  /~~[^~\s][^~\n]*~~/, // ~~strike~~
];

export function looksLikeMarkdown(text: string): boolean {
  return BLOCK_SYNTAX.some((re) => re.test(text)) || INLINE_SYNTAX.some((re) => re.test(text));
}
