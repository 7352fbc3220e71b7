// The left navigation: one link per screen, the current one marked for assistive technology.
import { useTranslation } from 'react-i18next';
import { hrefOf } from './use-hash-route';
import type { ScreenEntry } from './screens';

export function NavBar({ screens, currentId }: { screens: readonly ScreenEntry[]; currentId: string }) {
  const { t } = useTranslation();
  const link = (screen: ScreenEntry) => (
    <li key={screen.id}>
      <a className="nav-link" href={hrefOf(screen.id)} aria-current={screen.id === currentId ? 'page' : undefined}>
        <span className="nav-glyph" aria-hidden="true">
          {screen.glyph}
        </span>
        {t(screen.labelKey)}
      </a>
    </li>
  );
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        {t('app.name')}
      </div>
      <ul className="nav-list">{screens.filter((screen) => screen.section === 'main').map(link)}</ul>
      <ul className="nav-list nav-footer">{screens.filter((screen) => screen.section === 'footer').map(link)}</ul>
    </nav>
  );
}
