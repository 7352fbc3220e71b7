import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/connection';
import { pendingEntries } from '../db/outbox-repo';
import { AppError } from '../errors';
import { EventBus } from '../events';
import { createFileStaging } from '../files/staging';
import { tempDatabase, tempDir } from '../test/temp-db';
import { createCatalogueService, type CatalogueService } from './catalogue-service';

let db: Db;
let service: CatalogueService;
let events: EventBus;
const cleanups: (() => void)[] = [];

beforeEach(() => {
  const database = tempDatabase();
  const staging = tempDir();
  cleanups.push(database.cleanup, staging.cleanup);
  db = database.db;
  events = new EventBus();
  service = createCatalogueService({ db, events, files: createFileStaging(path.join(staging.dir, 'staging')), now: () => new Date('2026-11-27T09:00:00Z') });
});
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function rejection(run: () => unknown): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('catalogue service', () => {
  it('creates a product from the form, marks it pending and tells the renderer', () => {
    const changed = vi.fn();
    events.subscribe(changed);
    const product = service.save({ productNumber: 'PS5-DISC', title: 'PlayStation 5', brand: 'Sony', price: 389.9, stock: 2, ean: '0711719395201' });
    expect(product).toMatchObject({ productNumber: 'PS5-DISC', price: 389.9, pending: true });
    expect(pendingEntries(db)[0]?.productNumber).toBe('PS5-DISC');
    expect(changed).toHaveBeenCalledWith('catalogue:changed', { reason: 'edit' });
  });

  it('refuses a wrong EAN check digit and a negative stock, naming the field, and writes nothing', async () => {
    const ean = await rejection(() => service.save({ productNumber: 'X1', ean: '0711719395202' }));
    expect(ean.message).toMatch(/EAN.*check digit/);
    expect(ean.issues?.[0]?.path).toBe('ean');
    const stock = await rejection(() => service.save({ productNumber: 'X1', stock: -1 }));
    expect(stock.message).toMatch(/negative/);
    expect(service.list({}).total).toBe(0);
  });

  it('refuses a second product with the same number', async () => {
    service.save({ productNumber: 'SKU-1' });
    const error = await rejection(() => service.save({ productNumber: 'SKU-1' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/already exists/);
  });

  it('edits one field inline, keeps the rest, and records which field changed', () => {
    const product = service.save({ productNumber: 'MBA', title: 'MacBook Air', price: 600 });
    db.prepare('DELETE FROM outbox').run();
    expect(service.updateField([product.id], 'price', 579.5)).toEqual({ updated: 1 });
    expect(service.get(product.id)).toMatchObject({ title: 'MacBook Air', price: 579.5, pending: true });
    expect(pendingEntries(db)[0]?.fields).toEqual(['price']);
  });

  it('bulk-edits a field across a selection', () => {
    const ids = ['A', 'B', 'C'].map((number) => service.save({ productNumber: number, condition: 'B' }).id);
    expect(service.updateField(ids.slice(0, 2), 'condition', 'A')).toEqual({ updated: 2 });
    expect(service.list({ condition: 'A' }).total).toBe(2);
  });

  it('refuses an invalid inline value with the reason and changes nothing', async () => {
    const product = service.save({ productNumber: 'P', stock: 4 });
    const error = await rejection(() => service.updateField([product.id], 'stock', 2.5));
    expect(error.message).toBe('Stock: 2.5 is not a whole number.');
    expect(service.get(product.id).stock).toBe(4);
  });

  it('deletes products and keeps the deletion for the next sync', () => {
    const product = service.save({ productNumber: 'OLD' });
    expect(service.remove([product.id])).toEqual({ deleted: 1 });
    expect(pendingEntries(db)).toEqual([expect.objectContaining({ productNumber: 'OLD', change: 'delete' })]);
    expect(() => service.get(product.id)).toThrow(/not found/);
  });

  it('groups a variation under its parent when saved from the form', () => {
    const parent = service.save({ productNumber: 'IP12', title: 'iPhone 12' });
    service.save({ productNumber: 'IP12-64', parentNumber: 'IP12', storage: '64 GB' });
    expect(service.list({}).rows).toEqual([expect.objectContaining({ productNumber: 'IP12', childCount: 1 })]);
    expect(service.list({ parentId: parent.id }).rows[0]?.productNumber).toBe('IP12-64');
  });

  it('an edit survives closing and reopening the database', async () => {
    const product = service.save({ productNumber: 'KEEP', title: 'Before' });
    service.updateField([product.id], 'title', 'After');
    const file = db.name;
    db.close();
    const { openDatabase } = await import('../db/connection');
    const reopened = openDatabase(file);
    expect(reopened.prepare('SELECT title FROM products WHERE product_number = ?').pluck().get('KEEP')).toBe('After');
    reopened.close();
  });
});
