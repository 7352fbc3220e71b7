// `npm run sandbox`: starts the sandbox marketplace alone and prints its URL, a merchant token and the control secret.
import { startSandbox } from './index';
import { parseAddressSpelling, type AddressSpelling } from './domain/address-spelling';
import { parseProfileFlag, ProfileError, type SandboxProfiles } from './profiles';
import { ExistingAccountError, readExistingAccount } from './state/existing-account';
import type { ExistingAccountOptions } from './options';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const port = Number(option('port') ?? process.env.SANDBOX_PORT ?? 8787);
const seed = option('seed') === 'empty' ? 'empty' : 'demo';
const taskDelay = option('task-delay');
const validationDelay = option('validation-delay');
let addressSpelling: AddressSpelling | undefined;
try {
  addressSpelling = parseAddressSpelling(option('address-spelling') ?? process.env.SANDBOX_ADDRESS_SPELLING, '--address-spelling');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/** `--existing-account` (the defaults) or `--existing-account=10000` (listings per market). */
function existingAccountFlag(): ExistingAccountOptions | undefined {
  const flag = process.argv.find((arg) => arg === '--existing-account' || arg.startsWith('--existing-account='));
  if (!flag) return undefined;
  const value = flag.slice('--existing-account='.length);
  if (flag === '--existing-account') return {};
  if (!/^\d+$/.test(value)) throw new ExistingAccountError(`--existing-account takes a number of listings per market (--existing-account=10000); got ${JSON.stringify(value)}.`, 'listingsPerMarket');
  return readExistingAccount({ listingsPerMarket: Number(value) });
}

let existingAccount: ExistingAccountOptions | undefined;
try {
  existingAccount = existingAccountFlag();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

let profiles: Partial<SandboxProfiles> = {};
try {
  profiles = option('profile') ? parseProfileFlag(option('profile') as string) : {};
} catch (error) {
  console.error(error instanceof ProfileError ? error.message : error);
  process.exit(2);
}

const sandbox = await startSandbox({
  port: Number.isInteger(port) ? port : 0,
  seed,
  ...(option('token') ? { token: option('token') } : {}),
  ...(option('secret') ? { controlSecret: option('secret') } : {}),
  ...(taskDelay ? { taskDelayMs: Number(taskDelay) } : {}),
  ...(validationDelay ? { validationDelayMs: Number(validationDelay) } : {}),
  ...(addressSpelling ? { addressSpelling } : {}),
  ...(existingAccount ? { existingAccount } : {}),
  profiles,
});

console.log(`Back Market sandbox listening on ${sandbox.url}`);
console.log(`  merchant token   ${sandbox.token}`);
console.log(`  control secret   ${sandbox.controlSecret}`);
if (existingAccount) console.log(`  existing account the account holds ${sandbox.state.listings.length} listings (POST /__sandbox/existing-account adds more)`);
console.log(`  profiles         ${Object.entries(sandbox.state.config.profiles ?? {}).map(([name, choice]) => `${name}=${String(choice)}`).join(', ')}`);
console.log('');
console.log(`  curl -H 'Authorization: Basic ${sandbox.token}' -H 'User-Agent: BM-Me-Try;me@example.com' -H 'Accept-Language: fr-fr' ${sandbox.url}/ws/listings`);
console.log(`  curl -H 'X-Sandbox-Secret: ${sandbox.controlSecret}' ${sandbox.url}/__sandbox/state`);
console.log('Options: --port N (0 = random), --seed demo|empty, --token T, --secret S, --task-delay ms, --validation-delay ms, --address-spelling snake_case|camelCase, --profile name=choice,... (or detailed), --existing-account[=listings per market]. Ctrl+C stops it.');

const stop = () => {
  sandbox.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
