import { queryOptions, useQuery } from '@tanstack/react-query';
import { getSymbols } from '../api/endpoints';

export function symbolsQueryOptions() {
  return queryOptions({
    queryKey: ['symbols'],
    queryFn: ({ signal }) => getSymbols(signal),
    staleTime: Infinity,
  });
}

const namesOf = (data: {
  symbols: { symbol: string; name: string }[];
}): ReadonlyMap<string, string> => new Map(data.symbols.map((info) => [info.symbol, info.name]));
const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** Each symbol's name ("Invesco QQQ Trust"), by symbol; empty until the list arrives. */
export function useSymbolNames(): ReadonlyMap<string, string> {
  return useQuery({ ...symbolsQueryOptions(), select: namesOf }).data ?? NO_NAMES;
}
