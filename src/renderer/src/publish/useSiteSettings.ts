import { useCallback, useEffect, useRef, useState } from 'react';
import type { SiteConfig } from '../../../shared/site';
import { api, ApiError, errorMessage, unwrap } from '../api';
import { announceSiteSettingsSaved } from '../preview/siteSettingsSaved';
import { formOf, isChanged, patchOf, sameField, SITE_FIELDS, type SiteField, type SiteForm } from './siteForm';

export type FieldErrors = Partial<Record<SiteField, string>>;

export interface SiteSettings {
  /** The saved settings; null while they load. */
  saved: SiteConfig | null;
  form: SiteForm | null;
  errors: FieldErrors;
  /** The settings could not be read at all. */
  loadProblem: string | null;
  /** Changes what the form shows; nothing is saved until `commit`. */
  edit: (change: (form: SiteForm) => SiteForm) => void;
  /** Saves one field as the form shows it; the site engine's refusal appears under the field. */
  commit: (field: SiteField) => Promise<void>;
  /** Saves every changed field; resolves to the first field still refused (null when none) and the settings as saved. */
  commitAll: () => Promise<{ firstInvalid: SiteField | null; saved: SiteConfig | null }>;
  /** Shows a problem under a field (a check made before an export). */
  setError: (field: SiteField, message: string | null) => void;
}

/**
 * The site settings in the publish dialog. Each field is saved on its own (when the writer
 * leaves it), so a refusal from the engine belongs to exactly one field. Saves run one after
 * another, in the order they were asked for.
 */
export function useSiteSettings(): SiteSettings {
  const [saved, setSaved] = useState<SiteConfig | null>(null);
  const [form, setForm] = useState<SiteForm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  // The latest values for the save queue, which runs after renders it cannot wait for.
  const formRef = useRef<SiteForm | null>(null);
  const savedRef = useRef<SiteConfig | null>(null);
  const errorsRef = useRef<FieldErrors>({});
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let mounted = true;
    unwrap(api().site.getConfig())
      .then((config) => {
        if (!mounted) return;
        savedRef.current = config;
        formRef.current = formOf(config);
        setSaved(config);
        setForm(formRef.current);
      })
      .catch((error: unknown) => {
        if (mounted) setLoadProblem(errorMessage(error));
      });
    return () => {
      mounted = false;
    };
  }, []);

  const setError = useCallback((field: SiteField, message: string | null) => {
    const next = { ...errorsRef.current };
    if (message === null) delete next[field];
    else next[field] = message;
    errorsRef.current = next;
    setErrors(next);
  }, []);

  const edit = useCallback((change: (form: SiteForm) => SiteForm) => {
    if (!formRef.current) return;
    formRef.current = change(formRef.current);
    setForm(formRef.current);
  }, []);

  const save = useCallback(
    async (field: SiteField): Promise<void> => {
      const current = formRef.current;
      const stored = savedRef.current;
      if (!current || !stored) return;
      if (!isChanged(current, stored, field)) {
        setError(field, null);
        return;
      }
      const request = patchOf(current, field);
      if ('problem' in request) {
        setError(field, request.problem);
        return;
      }
      try {
        const next = await unwrap(api().site.updateConfig(request.patch));
        savedRef.current = next;
        setSaved(next);
        setError(field, null);
        announceSiteSettingsSaved();
        // Show the value as saved (trimmed, the address with its slash), unless the writer
        // has changed the field again meanwhile.
        if (formRef.current && sameField(formRef.current, current, field)) {
          formRef.current = { ...formRef.current, [field]: formOf(next, formRef.current)[field] };
          setForm(formRef.current);
        }
      } catch (error) {
        setError(field, error instanceof ApiError && error.code === 'VALIDATION' ? error.message : `Could not save: ${errorMessage(error)}`);
      }
    },
    [setError],
  );

  const commit = useCallback(
    (field: SiteField): Promise<void> => {
      queue.current = queue.current.then(() => save(field));
      return queue.current;
    },
    [save],
  );

  const commitAll = useCallback(async () => {
    for (const field of SITE_FIELDS) void commit(field);
    await queue.current;
    return { firstInvalid: SITE_FIELDS.find((field) => errorsRef.current[field] !== undefined) ?? null, saved: savedRef.current };
  }, [commit]);

  return { saved, form, errors, loadProblem, edit, commit, commitAll, setError };
}
