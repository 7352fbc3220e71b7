// Behaviour: the category tree and the values a catalog line is checked against come in the language of Accept-Language.
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, startHarness, waitForTask, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

interface Node {
  category_id: number;
  category_name: string;
  marketplace_category_id: number;
  attributes: { field: string; field_name: string; allowed_values: string }[];
  childrens: Node[];
}
const flatten = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...flatten(node.childrens)]);
const iphone = (tree: Node[]) => flatten(tree).find((node) => node.marketplace_category_id === 2) as Node;
const allowed = (leaf: Node, field: string) => leaf.attributes.find((attribute) => attribute.field === field)?.allowed_values.split(',');

describe('category tree per market language', () => {
  it('names and values follow Accept-Language with the same ids in every language', async () => {
    h = await startHarness();
    const trees: Record<string, Node[]> = {};
    for (const market of ['fr-fr', 'de-de', 'en-gb', 'es-es', 'it-it', 'nl-nl', 'fr-be', 'de-at', 'pt-pt']) {
      const answer = await h.api('GET', '/ws/category/tree', { market });
      expect(answer.status).toBe(200);
      trees[market] = answer.body as Node[];
    }
    expect(trees['fr-fr']?.[0]?.category_name).toBe('Téléphones');
    expect(trees['de-de']?.[0]?.category_name).toBe('Handys');
    expect(trees['en-gb']?.[0]?.category_name).toBe('Phones');
    expect(trees['es-es']?.[0]?.category_name).toBe('Teléfonos');
    expect(trees['it-it']?.[0]?.category_name).toBe('Telefoni');
    expect(trees['nl-nl']?.[0]?.category_name).toBe('Telefoons');
    expect(trees['fr-be']).toEqual(trees['fr-fr']);
    expect(trees['de-at']).toEqual(trees['de-de']);
    // No Portuguese tree in the sandbox: English, as documented.
    expect(trees['pt-pt']).toEqual(trees['en-gb']);

    const ids = (tree: Node[]) => flatten(tree).map((node) => [node.category_id, node.marketplace_category_id, node.attributes.map((attribute) => attribute.field)]);
    for (const tree of Object.values(trees)) expect(ids(tree)).toEqual(ids(trees['fr-fr'] as Node[]));

    const french = iphone(trees['fr-fr'] as Node[]);
    const german = iphone(trees['de-de'] as Node[]);
    expect(allowed(french, 'color')?.slice(0, 2)).toEqual(['Noir', 'Blanc']);
    expect(allowed(german, 'color')?.slice(0, 2)).toEqual(['Schwarz', 'Weiß']);
    expect(allowed(german, 'storage')).toContain('128 GB');
    expect(allowed(german, 'network')).toEqual(['Entsperrt', 'Telekom', 'Vodafone', 'O2']);
    expect(german.attributes.find((attribute) => attribute.field === 'color')?.field_name).toBe('Farbe');

    const branch = await h.api('GET', '/ws/category/tree/37', { market: 'it-it' });
    expect((branch.body as Node).category_name).toBe('Lavatrici');
  });

  it('checks a creation line against the values of its market language', async () => {
    h = await startHarness();
    const header = 'sku;ean;grade;price;quantity;comment;warranty_delay;category_id;title;description;brand;price_new;weight;image1;model;color;storage;screen_size;network';
    const line = (sku: string, ean: string, values: string) => `${sku};${ean};GOOD;399;1;Gut;12;2;iPhone 13;Generalüberholt;Apple;909;174;https://example.com/i.jpg;A2633;${values}`;
    const posted = await h.api('POST', '/ws/listings', {
      market: 'de-de',
      body: catalog([header, line('DE-FR', '3760123456784', 'Noir;128 Go;6.1;Débloqué'), line('DE-DE', '3760123456791', 'Schwarz;128 GB;6.1;Entsperrt')]),
    });
    const task = (await waitForTask(h, (posted.body as { bodymessage: number }).bodymessage, 'de-de')) as { result: { lines: { sku: string; status: string; errors?: { field: string; message: string }[] }[] } };
    const [french, german] = task.result.lines;
    expect(french?.status).toBe('error');
    expect(french?.errors?.map((error) => error.field)).toEqual(['color', 'storage', 'network']);
    expect(french?.errors?.[0]?.message).toMatch(/"Noir" is not one of the allowed values in de-de: Schwarz, Weiß/);
    expect(german?.status).toBe('created');
  });
});
