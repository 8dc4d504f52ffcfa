/** The directory of an up-to-date bundle of the command line of the project at `root`. */
export function bundledCli(root: string): Promise<string>;
