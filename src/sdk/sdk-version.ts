import packageJson from '../../package.json';

/** The agora-chat version every SDK fact on the site was checked against: the pinned devDependency. */
export const SDK_VERSION: string = packageJson.devDependencies['agora-chat'];
