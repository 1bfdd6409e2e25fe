// Every English string of the window; the compiler keeps its keys the same as Russian's.
import type { Messages } from './ru';

export const en: Messages = {
  appTitle: 'Loyalty desk',
  trainingBanner: 'Training mode: write-offs are not real, the data is made up',
  phoneLabel: "Customer's phone",
  phonePlaceholder: '+7 (912) 345-67-89',
  searchButton: 'Find',
  searching: 'Searching…',
  noMatches: 'No customer found',
  matchesFound: (count: number) => `Found: ${count}`,
  noName: 'No name given',
  noPhone: 'No phone given',
  noEmail: 'No email given',
  errors: {
    network: 'No connection to the loyalty server',
    timeout: 'The loyalty server did not answer in time',
    unauthorized: "The loyalty server refused this terminal's credentials",
    'not-found': 'Not found',
    server: 'The loyalty server answered with an error',
    'bad-answer': 'The loyalty server sent an answer that makes no sense',
    rejected: 'The server refused the write-off',
    'in-doubt': 'It is unknown whether the write-off went through',
    busy: 'The previous write-off is not finished yet',
    'invalid-input': 'Check what was typed',
    forbidden: 'Access denied',
    internal: 'Internal error in the app',
  },
  // Updates (installation issue): the notice at the foot of the window.
  update: {
    regionLabel: 'App update',
    installingOnQuit: (version: string) => `Update ${version} is downloaded. It will install when the app is closed.`,
    waitingForWriteOffs: (version: string) =>
      `Update ${version} is downloaded. It will install when the app is closed and no write-off is left unfinished.`,
  },
};
