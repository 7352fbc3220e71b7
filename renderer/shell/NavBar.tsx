// The left navigation: one link per screen, grouped (catalogue work, the Back Market channel's setup steps in the guide's
// order, settings at the foot), the current one marked for assistive technology.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from './use-hash-route';
import type { ScreenEntry } from './screens';

export function NavBar({ screens, currentId }: { screens: readonly ScreenEntry[]; currentId: string }) {
  const { t } = useTranslation();
  const backMarketId = useId();
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
  const backMarket = screens.filter((screen) => screen.section === 'backmarket');
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        {t('app.name')}
      </div>
      <ul className="nav-list">{screens.filter((screen) => screen.section === 'main').map(link)}</ul>
      {backMarket.length > 0 && (
        <>
          <h2 id={backMarketId} className="nav-heading">
            {t('nav.backMarket')}
          </h2>
          <ul className="nav-list" aria-labelledby={backMarketId}>
            {backMarket.map(link)}
          </ul>
        </>
      )}
      <ul className="nav-list nav-footer">{screens.filter((screen) => screen.section === 'footer').map(link)}</ul>
    </nav>
  );
}
