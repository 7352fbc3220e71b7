// After-sales calls: Backship returns, care folders (SAV) and refunds.
import { withUtcReturnDates } from './dates';
import { eachItem, iteratePages, withQuery } from './pagination';
import type { Caller } from './transport';
import type { CareFolder, CareFolderDetails, CareFoldersQuery, RefundRequest, Return, ReturnsQuery } from './types/after-sales';
import type { Page } from './types/page';

export interface AfterSalesCalls {
  /** 10 returns per page (the endpoint has no page-size). */
  listReturns(query?: ReturnsQuery): Promise<Page<Return>>;
  allReturns(query?: Omit<ReturnsQuery, 'page'>): AsyncGenerator<Return>;
  getReturn(returnId: number): Promise<Return>;
  /** 10 care folders per page. */
  listCareFolders(query?: CareFoldersQuery): Promise<Page<CareFolder>>;
  allCareFolders(query?: Omit<CareFoldersQuery, 'page'>): AsyncGenerator<CareFolder>;
  getCareFolder(careFolderId: number): Promise<CareFolderDetails>;
  /** Refunds an orderline; answers Back Market's summary ("X EUR refunded on the sku Y"). Never sent twice. */
  createRefund(refund: RefundRequest): Promise<string>;
}

export function afterSalesCalls(call: Caller): AfterSalesCalls {
  const page = <T>(path: string) => call<Page<T>>({ method: 'GET', path });
  return {
    listReturns: (query = {}) => page<Return>(withQuery('/ws/shipping/v1/returns', { ...withUtcReturnDates(query) })),
    allReturns: (query = {}) => eachItem(iteratePages((path) => page<Return>(path), withQuery('/ws/shipping/v1/returns', { ...withUtcReturnDates(query) }))),
    getReturn: (returnId) => call<Return>({ method: 'GET', path: `/ws/shipping/v1/returns/${encodeURIComponent(String(returnId))}` }),
    listCareFolders: (query = {}) => page<CareFolder>(withQuery('/ws/sav', { ...query })),
    allCareFolders: (query = {}) => eachItem(iteratePages((path) => page<CareFolder>(path), withQuery('/ws/sav', { ...query }))),
    getCareFolder: (careFolderId) => call<CareFolderDetails>({ method: 'GET', path: `/ws/sav/${encodeURIComponent(String(careFolderId))}` }),
    createRefund: async (refund) => {
      const summary = await call<unknown>({
        method: 'POST',
        path: '/ws/sav/refund',
        body: refund,
        retryWrite: 'never',
        uncertainHint: `open the orderline ${refund.orderline_pk} to see whether the refund is there before refunding again.`,
      });
      return typeof summary === 'string' ? summary : JSON.stringify(summary);
    },
  };
}
