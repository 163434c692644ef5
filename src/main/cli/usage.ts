/**
 * The --help text. Its own module, with nothing but text, so that `inkpress --help` and a
 * misused command answer without loading any command or the library's code.
 */
const EXPORT_USAGE = `  export ID --out FILE [--theme NAME]
                         Write a draft (by id or slug) as one standalone HTML page
                         in the site's theme (--theme harbor|margin: in that one).
  export --site DIR [--lang LOCALE] [--base-url URL] [--theme NAME] [--json]
                         Export the published posts as a static website into DIR (created
                         if missing; only a folder Inkpress exported to before, or an
                         empty one). Again into the same folder, only what changed is
                         written, and pages of posts no longer published are removed.
                         The flags override the site settings for this export.
`;

const REVISIONS_USAGE = `  history ID [--json]    A draft's revisions (by id or slug), newest first.
  restore-revision ID REV
                         Put revision REV back (the current text is kept as a revision first).
                         Prints the restored draft as JSON.
`;

export const USAGE = `Usage: inkpress [--data-dir DIR] <command> [options]

Commands:
  new --title T [--author A] [--date YYYY-MM-DD] [--file FILE]
                         Create a draft (FILE: Markdown with optional YAML front matter, or HTML).
                         Prints the new draft as JSON.
  list [--json] [--tag T] [--status draft|scheduled|published] [--trash]
                         List the drafts, most recently edited first (--trash: the trash).
  search QUERY [--json] [--tag T] [--status S] [--limit N]
                         Full-text search over titles, text and tags, best matches first.
  show ID [--format json|markdown|html]
                         Print a draft (by id or slug): JSON (the default), Markdown with
                         YAML front matter, or the standalone HTML page.
  set ID [--title T] [--slug S] [--author A] [--tags a,b] [--status S] [--date ISO]
         [--description D]
                         Change a draft's fields (--slug "": follow the title again).
                         Prints the draft as JSON.
  trash ID               Move a draft to the trash.
  untrash ID             Bring a draft back from the trash.
${EXPORT_USAGE}${REVISIONS_USAGE}
Options:
  --data-dir DIR         The library folder (default: INKPRESS_DATA_DIR, else the app's own).
  -h, --help             Show this help.
`;
