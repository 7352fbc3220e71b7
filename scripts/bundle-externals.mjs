// What the main-process bundle leaves to node_modules: the runtime itself, the native database driver (its binary
// cannot be bundled, and is unpacked from the asar), and electron-updater (it reads the app-update.yml electron-builder
// writes beside it). Everything else is bundled, so package.json's "dependencies" — what electron-builder packages —
// must be exactly these minus electron (scripts/packaging.test.ts holds it to that).
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3', 'electron-updater'];
