// The messages of the offers the pre-flight check holds back, built when they are read rather than when the plan is:
// a first sync holds back tens of thousands of offers, and the plan only counts them. The runner resolves them in
// batches as it records them (each product read again and validated once); a single offer read alone resolves its own.
import type { Problem } from '../../../../shared/mapping';
import type { MerchantMessage } from '../../../../shared/messages/merchant-message';
import { validateProduct, type ValidationContext, type ValidationScope } from '../../../../shared/validation';
import type { Db } from '../../db/connection';
import type { BlockedOffer } from '../plan-types';
import { offerProducts } from './plan-reads';

/** The scope an offer was checked in (a listing Back Market holds: only what its update needs), kept off the offer's own keys. */
const SCOPES = new WeakMap<BlockedOffer, ValidationScope>();
/** The caches' key: the product, and the scope its problems were found in. */
const keyOf = (offer: BlockedOffer): string => (SCOPES.get(offer) === 'listing' ? `${offer.productNumber}\u0000listing` : offer.productNumber);

export class BlockedProblems {
  /** Product number -> its messages for every country (the usual case; none when the product is gone), in the batch read. */
  private readonly shared = new Map<string, string[]>();
  /** Product number -> its problems, when some concern only some countries. */
  private readonly perCountry = new Map<string, Problem[]>();
  /** One list per distinct set of messages: products held back for the same reason share it. */
  private readonly lists = new Map<string, string[]>();
  /** Product number -> its problems' codes for every country, beside `shared`. */
  private readonly sharedReasons = new Map<string, MerchantMessage[]>();
  /** Every offer's problems, read on access: one accessor shared by the plan's blocked offers. */
  private readonly descriptor: PropertyDescriptor;
  private readonly reasonsDescriptor: PropertyDescriptor;

  constructor(
    private readonly db: Db,
    private readonly context: ValidationContext,
    private readonly productIds: ReadonlyMap<string, number>,
  ) {
    const messagesOf = (offer: BlockedOffer) => this.messagesOf(offer);
    const reasonsOf = (offer: BlockedOffer) => this.reasonsOf(offer);
    this.descriptor = {
      enumerable: true,
      get(this: BlockedOffer) {
        return messagesOf(this);
      },
    };
    this.reasonsDescriptor = {
      enumerable: true,
      get(this: BlockedOffer) {
        return reasonsOf(this);
      },
    };
  }

  offer(productNumber: string, sku: string, country: string, scope: ValidationScope = 'offer'): BlockedOffer {
    const offer = { productNumber, sku, country } as BlockedOffer;
    if (scope === 'listing') SCOPES.set(offer, scope);
    Object.defineProperty(offer, 'problems', this.descriptor);
    Object.defineProperty(offer, 'reasons', this.reasonsDescriptor);
    return offer;
  }

  /** Reads and validates the products of these offers in one go; the previous batch's problems are forgotten. */
  resolve(offers: readonly BlockedOffer[]): void {
    this.shared.clear();
    this.sharedReasons.clear();
    this.perCountry.clear();
    const scopes = new Map<string, Set<ValidationScope>>();
    for (const offer of offers) {
      const set = scopes.get(offer.productNumber) ?? new Set<ValidationScope>();
      set.add(SCOPES.get(offer) ?? 'offer');
      scopes.set(offer.productNumber, set);
      this.shared.set(keyOf(offer), []);
    }
    const ids = [...scopes.keys()].flatMap((productNumber) => {
      const id = this.productIds.get(productNumber);
      return id === undefined ? [] : [id];
    });
    for (const product of offerProducts(this.db, this.context, ids.sort((a, b) => a - b))) {
      for (const scope of scopes.get(product.productNumber) ?? []) {
        const key = scope === 'listing' ? `${product.productNumber}\u0000listing` : product.productNumber;
        const problems: Problem[] = [];
        validateProduct(product, this.context, problems, scope);
        if (problems.every((problem) => problem.country === null)) {
          this.shared.set(key, this.messageList(problems.map((problem) => problem.message)));
          this.sharedReasons.set(key, problems.map((problem) => problem.said));
        } else {
          this.shared.delete(key);
          this.perCountry.set(key, problems);
        }
      }
    }
  }

  private messagesOf(offer: BlockedOffer): string[] {
    const key = keyOf(offer);
    if (!this.shared.has(key) && !this.perCountry.has(key)) this.resolve([offer]);
    const problems = this.perCountry.get(key);
    if (!problems) return this.shared.get(key) ?? [];
    return this.messageList(problems.filter((problem) => problem.country === null || problem.country === offer.country).map((problem) => problem.message));
  }

  private reasonsOf(offer: BlockedOffer): MerchantMessage[] {
    const key = keyOf(offer);
    if (!this.shared.has(key) && !this.perCountry.has(key)) this.resolve([offer]);
    const problems = this.perCountry.get(key);
    if (!problems) return this.sharedReasons.get(key) ?? [];
    return problems.filter((problem) => problem.country === null || problem.country === offer.country).map((problem) => problem.said);
  }

  private messageList(messages: string[]): string[] {
    if (messages.length === 0) return messages;
    const key = messages.join('\u0000');
    const known = this.lists.get(key);
    if (known) return known;
    this.lists.set(key, messages);
    return messages;
  }
}
