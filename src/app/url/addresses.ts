import { serializeViewState, type ViewState } from '../viewState';

type Where = Pick<Location, 'origin' | 'pathname' | 'search'>;

/**
 * The address of a view, with the page's other parameters (the mock scenario, say) kept: what the
 * share link, the embed snippet and the embed's "Full dashboard" link point to.
 */
export function addressOf(view: ViewState, where: Where = window.location): string {
  const search = serializeViewState(view, new URLSearchParams(where.search));
  return `${where.origin}${where.pathname}${search}`;
}

/** The same view as the whole page, from an embed. */
export function pageAddressOf(view: ViewState, where?: Where): string {
  return addressOf({ ...view, embed: false, staticChart: false, controls: 'none' }, where);
}
