import { useEffect, useRef, useSyncExternalStore } from 'react';

export type ShortcutHandler = (event: KeyboardEvent) => void;

/** Marks the page's main search box: the "/" shortcut focuses it. */
export const PAGE_SEARCH_ATTRIBUTE = 'data-page-search';

const STORAGE_KEY = 'helpdesk.shortcuts';
const listeners = new Set<() => void>();

/** Single-key shortcuts are on unless the person turned them off (WCAG 2.1.4: they can be turned off). */
export function shortcutsEnabled(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setShortcutsEnabled(enabled: boolean) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, enabled ? 'on' : 'off');
  } catch {
    // not remembered; nothing else to do
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useShortcutsEnabled(): boolean {
  return useSyncExternalStore(subscribe, shortcutsEnabled, () => true);
}

const TYPING_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'listbox', 'slider']);

/** True when the key press belongs to what the person is typing (fields, editable content, pickers). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  const role = target.getAttribute('role');
  return role !== null && TYPING_ROLES.has(role);
}

/**
 * Single-key shortcuts (`event.key` → handler), on the whole document. They never fire while the person
 * types in a field, with Ctrl/Alt/Meta held (browser and screen-reader keys stay theirs), or inside a
 * dialog, nor when the person turned shortcuts off (WCAG 2.1.4; the switch is in the shortcuts dialog).
 * The same actions always have buttons and links.
 */
export function useShortcuts(shortcuts: Record<string, ShortcutHandler>, enabled = true) {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (!shortcutsEnabled()) return;
      if (isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

/** Focuses the page's search box; false when the page has none. */
export function focusPageSearch(): boolean {
  const box = document.querySelector<HTMLElement>(`[${PAGE_SEARCH_ATTRIBUTE}]`);
  if (!box) return false;
  box.focus();
  if (box instanceof HTMLInputElement) box.select();
  return true;
}
