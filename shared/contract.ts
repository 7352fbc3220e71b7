// The one contract between the renderer and main: every call's name, its input schema and its result type,
// and every event main pushes. Main validates inputs against these schemas; the renderer's client is typed from them.
import { z } from 'zod';
import { plainEnglish, said, type MerchantMessage } from './messages/merchant-message';
import {
  columnTargetSchema,
  csvReadOptionsSchema,
  duplicatePolicySchema,
  EDITABLE_FIELDS,
  productInputSchema,
  productQuerySchema,
  type CatalogueFacets,
  type CsvExport,
  type ImportPreview,
  type ImportProgress,
  type ImportReport,
  type Product,
  type ProductPage,
} from './catalogue';
import {
  activityQuerySchema,
  connectInputSchema,
  replaceTokenInputSchema,
  type ActivityPage,
  type ConnectionStatus,
  type ConnectResult,
  type SupportBundle,
} from './connection';
import { BACKBOX_EVENT_NAMES, backboxCalls, type BackboxEventMap } from './contract/backbox-calls';
import { ACCOUNT_EVENT_NAMES, accountCalls, type AccountEventMap } from './contract/account-calls';
import { backupCalls } from './contract/backup-calls';
import { dashboardCalls } from './contract/dashboard-calls';
import { DESKTOP_EVENT_NAMES, desktopCalls, type DesktopEventMap } from './contract/desktop-calls';
import { mappingCalls } from './contract/mapping-calls';
import type { MappingSection } from './mapping';
import { ORDERS_EVENT_NAMES, ordersCalls, type OrdersEventMap } from './contract/orders-calls';
import { preferencesCalls } from './contract/preferences-calls';
import { priceFillCalls } from './contract/price-fill-calls';
import { leafRuleCalls } from './contract/leaf-rule-calls';
import { SYNC_EVENT_NAMES, syncCalls, type SyncEventMap } from './contract/sync-calls';
import { UNITS_EVENT_NAMES, unitsCalls, type UnitsEventMap } from './contract/units-calls';

/** Carries a result type without a runtime value: results are produced by our own code, not parsed. */
const returns = <T>() => undefined as unknown as T;

const idSchema = z.number().int().positive();
const fileIdSchema = z.string().regex(/^[a-f0-9]{32}$/, 'Not a staged file id');
/** 60 MB: a 50 MB catalogue with room to spare. */
export const MAX_STAGED_FILE_BYTES = 60 * 1024 * 1024;
const STAGED_FILE_TOO_LARGE = said('files.tooLarge', { megabytes: MAX_STAGED_FILE_BYTES / 1024 / 1024 });

const editableFieldValue = z.union([z.string().max(20000), z.number().finite(), z.null()]);

export const contract = {
  'app:info': { input: z.object({}).strict(), result: returns<AppInfo>() },

  'files:stage': {
    input: z
      .object({
        name: z.string().min(1).max(255),
        bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected the file contents as bytes'),
      })
      .refine((file) => file.bytes.byteLength <= MAX_STAGED_FILE_BYTES, {
        message: plainEnglish(STAGED_FILE_TOO_LARGE),
        params: { said: STAGED_FILE_TOO_LARGE },
      }),
    result: returns<{ fileId: string; sizeBytes: number }>(),
  },

  'catalogue:list': { input: productQuerySchema, result: returns<ProductPage>() },
  'catalogue:facets': { input: z.object({}).strict(), result: returns<CatalogueFacets>() },
  'catalogue:get': { input: z.object({ id: idSchema }).strict(), result: returns<Product>() },
  'catalogue:save': {
    input: z.object({ id: idSchema.optional(), product: productInputSchema }).strict(),
    result: returns<Product>(),
  },
  'catalogue:updateField': {
    input: z
      .object({
        ids: z.array(idSchema).min(1).max(100_000),
        field: z.enum(EDITABLE_FIELDS as [string, ...string[]]),
        value: editableFieldValue,
      })
      .strict(),
    result: returns<{ updated: number }>(),
  },
  'catalogue:delete': { input: z.object({ ids: z.array(idSchema).min(1).max(100_000) }).strict(), result: returns<{ deleted: number }>() },
  'catalogue:importPreview': {
    input: z.object({ fileId: fileIdSchema, fileName: z.string().max(255), options: csvReadOptionsSchema.default({}) }).strict(),
    result: returns<ImportPreview>(),
  },
  'catalogue:importRun': {
    input: z
      .object({
        fileId: fileIdSchema,
        options: csvReadOptionsSchema.default({}),
        mapping: z.array(columnTargetSchema).max(10_000),
        /** Import even though some columns would be refused on most rows (the first run stopped and said which). */
        acceptMostlyRefused: z.boolean().optional(),
        /** A product number on more than one row: 'last-wins' unless the merchant chose otherwise in the wizard. */
        duplicates: duplicatePolicySchema.optional(),
      })
      .strict(),
    result: returns<ImportReport>(),
  },
  'catalogue:export': { input: z.object({}).strict(), result: returns<CsvExport>() },

  // The Back Market connection: what the renderer learns is the mode and the token's state, never the token.
  'connection:status': { input: z.object({}).strict(), result: returns<ConnectionStatus>() },
  'connection:useSandbox': { input: z.object({}).strict(), result: returns<ConnectionStatus>() },
  'connection:connect': { input: connectInputSchema, result: returns<ConnectResult>() },
  'connection:check': { input: z.object({}).strict(), result: returns<ConnectResult>() },
  'connection:replaceToken': { input: replaceTokenInputSchema, result: returns<ConnectResult>() },
  'connection:reset': { input: z.object({}).strict(), result: returns<ConnectionStatus>() },

  'activity:list': { input: activityQuerySchema, result: returns<ActivityPage>() },
  'activity:export': { input: z.object({}).strict(), result: returns<SupportBundle>() },

  ...backupCalls,
  ...ordersCalls,
  ...mappingCalls,
  ...syncCalls,
  ...preferencesCalls,
  ...priceFillCalls,
  ...leafRuleCalls,
  ...dashboardCalls,
  ...desktopCalls,
  ...unitsCalls,
  ...backboxCalls,
  ...accountCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What the renderer passes (defaults not yet applied). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a service receives once main has parsed the input. */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallResult<N extends CallName> = Contract[N]['result'];
export const CALL_NAMES = Object.keys(contract) as CallName[];
export const isCallName = (name: string): name is CallName => Object.hasOwn(contract, name);

/** One function per contract entry: what main binds and what the preview host serves. */
export type Handlers = { [N in CallName]: (input: ParsedInput<N>) => Promise<CallResult<N>> };

export interface AppInfo {
  version: string;
  /** Where the app runs: the Electron shell or the browser preview. */
  shell: 'electron' | 'preview';
}

/** Events main pushes to the renderer. */
export interface EventMap extends OrdersEventMap, SyncEventMap, DesktopEventMap, UnitsEventMap, BackboxEventMap, AccountEventMap {
  'catalogue:changed': { reason: 'edit' | 'import' | 'delete' };
  'import:progress': ImportProgress;
  /** The mode or the token's state changed (a 401 makes it 'rejected' at once): the shell shows the wizard or the banner. */
  'connection:changed': ConnectionStatus;
  /** A Back Market call was made; the Activity screen refreshes. */
  'activity:added': { count: number };
  /** A mapping, the category tree or the per-country prices changed; readiness was recomputed. */
  'mapping:changed': { section: MappingSection | 'tree' | 'prices' | 'import' };
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: EventName[] = [
  'catalogue:changed',
  'import:progress',
  'connection:changed',
  'activity:added',
  'mapping:changed',
  ...ORDERS_EVENT_NAMES,
  ...SYNC_EVENT_NAMES,
  ...DESKTOP_EVENT_NAMES,
  ...UNITS_EVENT_NAMES,
  ...BACKBOX_EVENT_NAMES,
  ...ACCOUNT_EVENT_NAMES,
];
export const isEventName = (name: string): name is EventName => (EVENT_NAMES as string[]).includes(name);

/** A failure the merchant can act on, as it crosses the process boundary. */
export interface CallFailure {
  code: 'invalid-input' | 'not-found' | 'conflict' | 'unavailable' | 'internal';
  /** What went wrong and what to do next, in English (logs, the CLI, an older renderer). */
  message: string;
  /** The same message as a code and its values, for the renderer to word in the merchant's language. */
  said?: MerchantMessage;
  /** Which input fields were at fault, for forms. */
  issues?: { path: string; message: string; said?: MerchantMessage }[];
}
