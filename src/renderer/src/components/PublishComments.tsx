import { useId, type FocusEvent } from 'react';
import { GISCUS_MAPPINGS, SITE_LIMITS, type CommentsKind, type GiscusMapping } from '../../../shared/site';
import { refusalOf, type CommentsForm } from '../publish/siteForm';
import { PublishField } from './PublishField';

const KINDS: { kind: CommentsKind; label: string }[] = [
  { kind: 'none', label: 'None' },
  { kind: 'giscus', label: 'giscus' },
  { kind: 'disqus', label: 'Disqus' },
  { kind: 'custom', label: 'Custom HTML' },
];

const MAPPING_LABELS: Record<GiscusMapping, string> = {
  pathname: 'Page path',
  url: 'Page URL',
  title: 'Page title',
  'og:title': 'Page og:title',
};

interface PublishCommentsProps {
  comments: CommentsForm;
  error?: string;
  onEdit: (change: (comments: CommentsForm) => CommentsForm) => void;
  /** Saves the comments setting as shown. */
  onCommit: () => void;
}

/**
 * Comments under each post: none, a giscus or Disqus embed by its ids, or the writer's own
 * snippet. The setting is saved as a whole when focus leaves this group, so a half-typed set
 * of ids is not refused field by field.
 */
export function PublishComments({ comments, error, onEdit, onCommit }: PublishCommentsProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const leaveGroup = (event: FocusEvent<HTMLDivElement>): void => {
    if (!event.currentTarget.contains(event.relatedTarget)) onCommit();
  };
  const setGiscus = (change: Partial<CommentsForm['giscus']>): void => onEdit((current) => ({ ...current, giscus: { ...current.giscus, ...change } }));
  // A refusal that names one of the inputs shown goes under that input; any other under the group.
  const inputs: Record<CommentsForm['kind'], string[]> = { none: [], giscus: ['repo', 'repoId', 'category', 'categoryId', 'mapping'], disqus: ['shortname'], custom: ['html'] };
  const part = error ? refusalOf(error).part : null;
  const errorOf = (input: string): string | undefined => (part === input ? error : undefined);
  const groupError = error && !(part !== null && inputs[comments.kind].includes(part)) ? error : undefined;
  const describedBy = groupError ? errorId : undefined;

  return (
    <div className="publish-comments" data-field="comments" onBlur={leaveGroup}>
      <div className="choice-segments" role="radiogroup" aria-label="Comments" aria-describedby={describedBy}>
        {KINDS.map(({ kind, label }) => (
          <label key={kind} className={kind === comments.kind ? 'choice-segment checked' : 'choice-segment'}>
            <input
              type="radio"
              name="site-comments"
              value={kind}
              checked={kind === comments.kind}
              onChange={() => {
                onEdit((current) => ({ ...current, kind }));
                // "None" needs nothing more; the others are saved once their ids are in.
                if (kind === 'none') onCommit();
              }}
            />
            <span className="choice-text">{label}</span>
          </label>
        ))}
      </div>

      {comments.kind === 'none' ? <p className="publish-field-hint">Posts end without a comments section.</p> : null}

      {comments.kind === 'giscus' ? (
        <div className="publish-grid">
          <p className="publish-field-hint publish-span">
            Discussions on GitHub. Install the giscus app on a public repository, then copy these values from giscus.app.
          </p>
          <PublishField label="Repository" hint="owner/name" error={errorOf('repo')}>
            {(control) => (
              <input {...control} value={comments.giscus.repo} spellCheck={false} placeholder="ada/blog-comments" onChange={(event) => setGiscus({ repo: event.target.value })} />
            )}
          </PublishField>
          <PublishField label="Repository ID" error={errorOf('repoId')}>
            {(control) => (
              <input {...control} value={comments.giscus.repoId} spellCheck={false} placeholder="R_kgDO…" onChange={(event) => setGiscus({ repoId: event.target.value })} />
            )}
          </PublishField>
          <PublishField label="Discussion category" error={errorOf('category')}>
            {(control) => (
              <input {...control} value={comments.giscus.category} placeholder="Comments" onChange={(event) => setGiscus({ category: event.target.value })} />
            )}
          </PublishField>
          <PublishField label="Category ID" error={errorOf('categoryId')}>
            {(control) => (
              <input {...control} value={comments.giscus.categoryId} spellCheck={false} placeholder="DIC_kwDO…" onChange={(event) => setGiscus({ categoryId: event.target.value })} />
            )}
          </PublishField>
          <PublishField label="Discussion per" error={errorOf('mapping')}>
            {(control) => (
              <select {...control} value={comments.giscus.mapping} onChange={(event) => setGiscus({ mapping: event.target.value as GiscusMapping })}>
                {GISCUS_MAPPINGS.map((mapping) => (
                  <option key={mapping} value={mapping}>
                    {MAPPING_LABELS[mapping]}
                  </option>
                ))}
              </select>
            )}
          </PublishField>
        </div>
      ) : null}

      {comments.kind === 'disqus' ? (
        <PublishField label="Disqus shortname" hint="The name of your site on Disqus, as in shortname.disqus.com." error={errorOf('shortname')}>
          {(control) => (
            <input
              {...control}
              className="publish-input-narrow"
              value={comments.disqus.shortname}
              spellCheck={false}
              placeholder="my-blog"
              onChange={(event) => onEdit((current) => ({ ...current, disqus: { shortname: event.target.value } }))}
            />
          )}
        </PublishField>
      ) : null}

      {comments.kind === 'custom' ? (
        <PublishField label="Comments HTML" hint="Your own embed (utterances, Commento, …), placed under each post as written." error={errorOf('html')}>
          {(control) => (
            <textarea
              {...control}
              className="publish-code"
              rows={5}
              maxLength={SITE_LIMITS.commentsHtmlLength}
              spellCheck={false}
              value={comments.custom.html}
              onChange={(event) => onEdit((current) => ({ ...current, custom: { html: event.target.value } }))}
            />
          )}
        </PublishField>
      ) : null}

      {groupError ? (
        <p id={errorId} className="publish-field-error" role="alert">
          {groupError}
        </p>
      ) : null}
    </div>
  );
}
