import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { canHydrate } from './lib/can-hydrate';
import { PAGE_CARDS_ID, pageRateCards, readPageCards, revalidateRateCards } from './lib/rate-cards/page-cards';
import { createRateCardsStore, whenCardsShown } from './lib/rate-cards/rate-cards-store';
import { hydrateAsOf } from './lib/use-today';
import './index.css';

const root = document.getElementById('root');
if (root) {
  const store = createRateCardsStore();
  // The cards the build rendered with: the first render uses them, then they are fetched again.
  const page = readPageCards(document.getElementById(PAGE_CARDS_ID)?.textContent);
  const cards = page && pageRateCards(page);
  if (page && cards) {
    store.set(cards);
    whenCardsShown(() => void revalidateRateCards(store, page));
  }
  const app = (
    <StrictMode>
      <App cards={store} />
    </StrictMode>
  );
  if (page && cards && canHydrate(page.path, window.location, () => window.localStorage)) {
    hydrateAsOf(page.builtOn);
    hydrateRoot(root, app);
  } else {
    // The link or something saved changes this page: rendered afresh, over the build's markup.
    root.replaceChildren();
    createRoot(root).render(app);
  }
}
