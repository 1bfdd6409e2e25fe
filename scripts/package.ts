// `npm run package`: this OS's installers (Windows NSIS, Linux deb, macOS dmg) into release/, from
// build/electron-builder.config.ts. Needs the network (Electron and the packaging tools are downloaded): the release
// workflow runs it on each OS. Uploading is the workflow's job, so nothing is published from here.
import { build } from 'electron-builder';
import { config } from '../build/electron-builder.config';

const artifacts = await build({ config, publish: 'never' });
for (const artifact of artifacts) console.log(artifact);
