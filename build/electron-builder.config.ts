// electron-builder configuration for every installer: what is packed, how each OS installs it, and the Electron fuses.
import type { Configuration } from 'electron-builder';
import { UPDATE_PUBLISHERS } from '../electron/updates/publisher';
import { BUILDER_FUSES } from './fuses';

const PRODUCT_NAME = 'Loyalty Desk';
const MAINTAINER = 'Loyalty Desk <dev@loyalty-desk.example>';

export const config: Configuration = {
  appId: 'ru.loyalty-desk.app',
  productName: PRODUCT_NAME,
  copyright: 'Copyright © Loyalty Desk',
  // deb packages must name a homepage; package.json's own fields stay as they are.
  extraMetadata: { homepage: 'https://loyalty-desk.example' },
  directories: { buildResources: 'build', output: 'release' },
  // Artifact names without spaces: electron-updater's latest*.yml must match the uploaded file name exactly.
  artifactName: 'LoyaltyDesk-${version}-${os}-${arch}.${ext}',

  // Only the build output and package.json; electron-builder adds the production dependencies' closure itself.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'package.json',
    // Nothing that is only for developers, in our files or in the dependencies'.
    '!**/*.{map,ts,mts,cts,tsx}',
    '!**/{test,tests,__tests__,fixtures,__fixtures__,example,examples,benchmark,benchmarks}/**',
    '!**/*.{spec,test}.{js,cjs,mjs}',
    '!**/{README,Readme,readme,CHANGELOG,Changelog,changelog,HISTORY,History,CHANGES}{,.md,.markdown,.txt}',
    '!**/.env{,.*}',
    '!**/{.github,.vscode,.idea}/**',
    '!**/{tsconfig*.json,.eslintrc*,.prettierrc*,.editorconfig,.npmignore,.travis.yml}',
  ],
  asar: true,
  // No native modules: nothing to rebuild, and a rebuild would download Electron's headers.
  npmRebuild: false,
  // Chromium's interface strings for the two languages the app speaks; the other locales are 40 MB nobody reads.
  electronLanguages: ['ru', 'en-US'],
  electronFuses: BUILDER_FUSES,

  // The update URL is each terminal's own setting (electron/settings/installation.ts); this entry only makes
  // electron-builder write latest*.yml beside the installers, which the manager uploads to that URL.
  publish: [{ provider: 'generic', url: 'https://updates.loyalty-desk.invalid/' }],

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icons/icon.ico',
    // Written into app-update.yml: electron-updater installs only an update signed by this publisher (electron/updates/publisher.ts).
    ...(UPDATE_PUBLISHERS.length > 0 ? { signtoolOptions: { publisherName: [...UPDATE_PUBLISHERS] } } : {}),
  },
  nsis: {
    artifactName: 'LoyaltyDesk-Setup-${version}.${ext}',
    oneClick: false,
    // Installed once for every account on the terminal, into Program Files; the installer asks for elevation.
    perMachine: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: 'always',
    createStartMenuShortcut: true,
    shortcutName: PRODUCT_NAME,
    installerIcon: 'build/icons/icon.ico',
    uninstallerIcon: 'build/icons/icon.ico',
    installerLanguages: ['ru_RU', 'en_US'],
    multiLanguageInstaller: true,
    // /PROVISION=<file> or provision.json beside the installer -> %ProgramData%\LoyaltyDesk\provision.json.
    include: 'build/installer.nsh',
    // The journal of write-offs lives in the user's data folder and must outlive an uninstall.
    deleteAppDataOnUninstall: false,
  },

  linux: {
    // The deb only. An AppImage does not start on Ubuntu 23.10 and later: AppArmor forbids the unprivileged user
    // namespaces Chromium's sandbox needs, and an AppImage (mounted at a random path, nosuid) can carry neither an
    // AppArmor profile nor a setuid sandbox helper; the deb installs a profile (electron-builder's after-install).
    target: ['deb'],
    icon: 'build/icons',
    category: 'Office',
    maintainer: MAINTAINER,
    vendor: 'Loyalty Desk',
    synopsis: 'Loyalty points, rubles and coupons at the cash register',
    desktop: {
      entry: {
        Name: PRODUCT_NAME,
        'Name[ru]': 'Программа лояльности',
        Comment: 'Find a loyalty customer and write off points at checkout',
        'Comment[ru]': 'Найти покупателя программы лояльности и списать баллы на кассе',
        Categories: 'Office;Finance;',
        Keywords: 'loyalty;points;coupons;cashier;лояльность;баллы;купоны;касса;',
      },
    },
  },
  deb: {
    packageCategory: 'misc',
  },

  mac: {
    target: ['dmg'],
    icon: 'build/icons/icon.icns',
    category: 'public.app-category.business',
    hardenedRuntime: true,
  },
  dmg: {
    artifactName: 'LoyaltyDesk-${version}-mac-${arch}.${ext}',
  },
};
