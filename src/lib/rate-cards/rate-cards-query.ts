/** The one query every screen shares for the loaded rate cards. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchRateCards, fetchText, RATE_CARDS_BASE, type FetchText } from './fetch-rate-cards';

function rateCardsQueryOptions(read: FetchText = fetchText, base = RATE_CARDS_BASE) {
  return queryOptions({
    queryKey: ['rate-cards', base],
    queryFn: () => fetchRateCards(read, base),
    staleTime: Infinity,
    retry: 1,
  });
}

export function useRateCards() {
  return useQuery(rateCardsQueryOptions());
}
