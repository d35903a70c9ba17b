import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The header's menu. On a wide screen its contents simply show (styles.css); on a narrow one they fold
 * behind a button, as a disclosure: the button says whether it is open (aria-expanded), Escape closes it
 * and gives focus back to the button, and choosing a link or clicking outside closes it.
 */
export function MainMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      // Focus goes back only from inside: Escape elsewhere must not pull focus up to the header.
      if (menu.current?.contains(document.activeElement)) button.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const closeOnLink = (event: MouseEvent) => {
    if ((event.target as Element).closest('a')) setOpen(false);
  };

  return (
    <div ref={menu} className="main-menu">
      <button
        ref={button}
        type="button"
        className="main-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <svg className="main-menu__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={open ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'} />
        </svg>
        {t('nav.menu')}
      </button>
      {/* The links inside handle the keyboard; a click on one only tells the menu to fold. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div id={panelId} className="main-menu__panel" data-open={open || undefined} onClick={closeOnLink}>
        {children}
      </div>
    </div>
  );
}
