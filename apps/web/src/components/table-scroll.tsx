import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Which way there is more of the table than the screen shows. */
interface Hidden {
  before: boolean;
  after: boolean;
}

const NONE: Hidden = { before: false, after: false };

/**
 * Lets a wide table scroll sideways on a narrow screen instead of widening the page. While it does
 * overflow it says so (a line above it and a shade on the side where more columns wait) and is a named,
 * focusable region, so keyboard users can scroll it too; on a screen wide enough none of that shows.
 * The first column stays put while the rest scrolls (styles.css), so each row keeps its name.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<Hidden>(NONE);

  useEffect(() => {
    const element = ref.current;
    // jsdom (unit tests) has no ResizeObserver; there is no layout to overflow there anyway.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      // The caption wraps within what is seen of the table (styles.css).
      element.style.setProperty('--table-scroll-width', `${element.clientWidth}px`);
      const rest = element.scrollWidth - element.clientWidth - element.scrollLeft;
      const next = { before: element.scrollLeft > 1, after: rest > 1 };
      setHidden((current) => (current.before === next.before && current.after === next.after ? current : next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  const overflows = hidden.before || hidden.after;
  return (
    <>
      {/* What the shade shows the eye; a screen reader reads the whole table anyway. */}
      {overflows && (
        <p className="table-scroll__hint" aria-hidden="true">
          {t('tables.scrollHint')}
        </p>
      )}
      <div
        className="table-scroll-frame"
        data-hidden-before={hidden.before || undefined}
        data-hidden-after={hidden.after || undefined}
      >
        <div
          ref={ref}
          className="table-scroll"
          role={overflows ? 'region' : undefined}
          aria-label={overflows ? label : undefined}
          tabIndex={overflows ? 0 : undefined}
        >
          {children}
        </div>
      </div>
    </>
  );
}
