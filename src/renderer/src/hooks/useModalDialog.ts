import { useEffect, useRef } from 'react';

/** A <dialog> shown modally once it mounts (focus moves in, the page behind is inert). */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return dialog;
}
