// Each market in its own language: the lines sent to de-de carry German attribute values and the German title, a
// product with only French texts is flagged in the dry run until the merchant chooses for Germany, and Back Market (the
// sandbox, serving the German tree to de-de) accepts the German lines.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, waitForTask, type Harness } from '../../../sandbox/tests/harness';
import { setFieldMapping, setValueMapping } from '../../mapping/mapping-repo';
import type { Plan, PlannedTask } from '../plan-types';
import { toPlanView } from '.';
import { KIT_NOW, phone, PHONE_ATTRIBUTES, plannerKit, type PlannerKit } from './plan-test-kit';

let kit: PlannerKit;
let sandbox: Harness | undefined;
beforeEach(() => {
  kit = plannerKit();
  // Germany reads the catalogue's German columns (title_de, description_de, comment_de) rather than a mapping of its own.
  setFieldMapping(kit.db, 'title', 'de-de', null, KIT_NOW.toISOString());
});
afterEach(async () => {
  kit.cleanup();
  await sandbox?.close();
  sandbox = undefined;
});

const taskOf = (plan: Plan, country: string) => plan.tasks.find((task) => task.country === country) as PlannedTask;
const rowsOf = (task: PlannedTask) => parse(task.csv, { delimiter: ';', quote: '"', columns: true }) as Record<string, string>[];
const rowOf = (plan: Plan, country: string, sku: string) => (taskOf(plan, country) ? rowsOf(taskOf(plan, country)).find((row) => row.sku === sku) : undefined);
const GERMAN = { title_de: 'iPhone 13 128 GB Schwarz', description_de: 'Generalüberholt, an 30 Punkten geprüft.', comment_de: 'Originalverpackung' };
const choose = (country: string, choice: 'fallback' | 'fill') => setValueMapping(kit.db, 'content-language', country, choice, KIT_NOW.toISOString());

describe('a German market', () => {
  it('gets German attribute values and the German texts; France keeps the French ones', () => {
    kit.save(phone(1), { ...PHONE_ATTRIBUTES, ...GERMAN });
    const plan = kit.plan();
    expect(rowOf(plan, 'de-de', 'IP13-1')).toMatchObject({
      title: 'iPhone 13 128 GB Schwarz',
      description: 'Generalüberholt, an 30 Punkten geprüft.',
      comment: 'Originalverpackung',
      color: 'Schwarz',
      storage: '128 GB',
      network: 'Entsperrt',
    });
    expect(rowOf(plan, 'fr-fr', 'IP13-1')).toMatchObject({ title: 'iPhone 13 128 Go Noir #1', comment: 'Boîte d’origine', color: 'Noir', storage: '128 Go', network: 'Débloqué' });
    expect(rowOf(plan, 'en-gb', 'IP13-1')).toMatchObject({ color: 'Black', storage: '128 GB', network: 'Unlocked' });
    // The dry run names each line's language, and Germany is not warned about: it has its own texts.
    const view = toPlanView(plan, 10);
    expect(view.offers.map((offer) => [offer.country, offer.language])).toEqual([
      ['fr-fr', 'fr'],
      ['de-de', 'de'],
      ['en-gb', 'en'],
    ]);
    expect(plan.summary.languageWarnings?.map((warning) => warning.country)).toEqual(['en-gb']);
  });

  it('flags a French-only product: French texts sent to Germany until the merchant chooses, once for the market', () => {
    kit.save(phone(1), { ...PHONE_ATTRIBUTES, ...GERMAN });
    kit.save(phone(2));
    let plan = kit.plan();
    expect(plan.summary.languageWarnings).toContainEqual({ country: 'de-de', language: 'de', catalogueLanguage: 'fr', fields: ['title', 'description', 'comment'], lines: 1, choice: null });
    const flagged = toPlanView(plan, 10).offers.find((offer) => offer.country === 'de-de' && offer.sku === 'IP13-2');
    expect(flagged).toMatchObject({ language: 'de', catalogueTexts: ['title', 'description', 'comment'] });
    expect(rowOf(plan, 'de-de', 'IP13-2')?.title).toBe('iPhone 13 128 Go Noir #2');

    // "Fill it": the French-only product waits in Germany, with the reason; the German one goes; France is untouched.
    choose('de-de', 'fill');
    plan = kit.plan();
    expect(rowOf(plan, 'de-de', 'IP13-2')).toBeUndefined();
    expect(rowOf(plan, 'de-de', 'IP13-1')?.title).toBe('iPhone 13 128 GB Schwarz');
    expect(rowOf(plan, 'fr-fr', 'IP13-2')).toBeDefined();
    const held = plan.blocked.find((offer) => offer.productNumber === 'IP13-2');
    expect(held?.country).toBe('de-de');
    expect(held?.problems.join(' ')).toMatch(/no "Title" in the language of Germany \(German\).*Fill it in, or choose to send the French text in Germany/);
    expect(plan.summary.languageWarnings?.some((warning) => warning.country === 'de-de')).toBe(false);
    expect(plan.summary.languageChoices).toEqual([{ country: 'de-de', language: 'de', catalogueLanguage: 'fr', choice: 'fill' }]);

    // "Use the French text there": it goes, without a warning.
    choose('de-de', 'fallback');
    plan = kit.plan();
    expect(rowOf(plan, 'de-de', 'IP13-2')?.title).toBe('iPhone 13 128 Go Noir #2');
    expect(plan.summary.languageWarnings?.some((warning) => warning.country === 'de-de')).toBe(false);
  });

  it('does not send a value chosen for fr-fr to de-de: without a German value the offer waits in Germany', () => {
    kit.db.prepare("DELETE FROM value_maps WHERE map = 'attribute:2:network:de'").run();
    kit.save(phone(1), { ...PHONE_ATTRIBUTES, ...GERMAN });
    const plan = kit.plan();
    expect(rowOf(plan, 'fr-fr', 'IP13-1')?.network).toBe('Débloqué');
    expect(rowOf(plan, 'de-de', 'IP13-1')).toBeUndefined();
    const held = plan.blocked.find((offer) => offer.country === 'de-de');
    // Named as the catalogue's own tree names it (the merchant reads no German attribute name), the allowed values Germany's.
    expect(held?.problems.join(' ')).toMatch(/"Opérateur" is "Débloqué", which Back Market does not accept .* in Germany.*\(Entsperrt, Telekom, Vodafone, O2\)/);
  });

  it('Back Market accepts the German lines it is sent for de-de', async () => {
    kit.save(phone(1, { ean: '3760123456784' }), { ...PHONE_ATTRIBUTES, ...GERMAN });
    const task = taskOf(kit.plan(), 'de-de');
    sandbox = await startHarness();
    const posted = await sandbox.api('POST', '/ws/listings', { market: 'de-de', body: { catalog: task.csv, quotechar: '"', delimiter: ';', encoding: 'utf-8' } });
    const report = (await waitForTask(sandbox, (posted.body as { bodymessage: number }).bodymessage, 'de-de')) as { result: { lines: { status: string; errors?: unknown[] }[] } };
    expect(report.result.lines).toEqual([expect.objectContaining({ status: 'created' })]);
    const listing = await sandbox.api('GET', '/ws/listings/detail?sku=IP13-1', { market: 'de-de' });
    expect((listing.body as { title: string }).title).toBe('iPhone 13 128 GB Schwarz');
  });
});
