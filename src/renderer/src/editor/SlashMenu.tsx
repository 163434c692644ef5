import { useEffect, useRef, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { ACTIONS } from './formatActions';
import { Icon } from './icons';
import type { SlashMenuController } from './slashCommands';

/** The "/" menu: blocks to insert, filtered by what follows the slash; arrows, Enter, Escape. */
export function SlashMenu({ controller, editorElement }: { controller: SlashMenuController; editorElement: HTMLElement }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const list = useRef<HTMLUListElement>(null);
  const activeItem = state?.items[state.active];
  const activeId = activeItem ? `slash-item-${activeItem.action}` : null;

  useEffect(() => {
    if (!activeId) return;
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    // Focus stays in the text: screen readers follow the menu through the editor's attributes.
    editorElement.setAttribute('aria-activedescendant', activeId);
    editorElement.setAttribute('aria-controls', 'slash-menu');
    return () => {
      editorElement.removeAttribute('aria-activedescendant');
      editorElement.removeAttribute('aria-controls');
    };
  }, [activeId, editorElement]);

  if (!state || state.items.length === 0) return null;
  return createPortal(
    <ul ref={list} id="slash-menu" className="slash-menu" role="listbox" aria-label="Insert a block">
      {state.items.map((item, index) => (
        <li
          key={item.action}
          id={`slash-item-${item.action}`}
          role="option"
          aria-selected={index === state.active}
          className={`slash-item${index === state.active ? ' active' : ''}`}
          // The text keeps focus (and the typed query) while the menu is used with the mouse.
          onMouseDown={(event) => event.preventDefault()}
          // Only a pointer that moves picks an item: one resting where the menu opens (or where
          // the list scrolls to the item the arrows chose) must not take the choice away.
          onMouseMove={(event) => {
            if ((event.movementX || event.movementY) && index !== state.active) controller.setActive(index);
          }}
          onClick={() => state.choose(item)}
        >
          <span className="slash-icon">
            <Icon name={ACTIONS[item.action].icon} />
          </span>
          <span className="slash-text">
            <span className="slash-title">{item.title}</span>
            <span className="slash-hint">{item.hint}</span>
          </span>
        </li>
      ))}
    </ul>,
    state.host,
  );
}
