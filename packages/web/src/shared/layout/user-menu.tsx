import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useSession } from '../session/session-context.js';

/**
 * The signed-in person's name, opening links to their account and to sign out. A disclosure
 * (button + list) rather than an ARIA menu: it holds only links and a button, and stays a few
 * hundred bytes in the first load.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const [pathname, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const container = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  if (session.state.status !== 'signed-in') return null;
  const { user } = session.state.me;

  const signOut = async () => {
    setOpen(false);
    await session.signOut();
    navigate('/sign-in');
  };

  return (
    <div
      className="user-menu"
      ref={container}
      onBlur={(event) => {
        // Tabbing past the last item closes the menu, as leaving it with the mouse does.
        if (open && !container.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="user-menu__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(user.displayName)}
        </span>
        <span className="user-menu__name">{user.displayName}</span>
        <span className="visually-hidden">{t('userMenu.label')}</span>
      </button>
      <ul id={listId} className="user-menu__list" hidden={!open}>
        {!user.mustChangePassword && (
          <li>
            <Link href="/account" className="user-menu__item">
              {t('userMenu.account')}
            </Link>
          </li>
        )}
        <li>
          <button type="button" className="user-menu__item" onClick={() => void signOut()}>
            {t('userMenu.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts.slice(0, 1);
  return letters.map((part) => [...part][0]!.toUpperCase()).join('');
}
