// Where the client package lives and how its files are named; every client emitter builds paths from here.
export const CLIENT_DIR = 'generated/client';
export const clientSrc = (file: string) => `${CLIENT_DIR}/src/${file}`;
export const PACKAGE_NAME = '@connectfi/client';

export { GENERATED_BANNER } from '../../framework/banner.ts';

/**
 * One entry point of the package: the main one (`@connectfi/client`) or another API's beside it in a sub-directory
 * (`@connectfi/client/sandbox`, the sandbox control API). The facade, types and operation table emitters take one.
 */
export interface ClientEntry {
  /** Sub-directory of src/ ('' for the main entry). */
  dir: string;
  /** The runtime folder as the entry's files import it. */
  runtime: string;
  /** How a user reaches a group's methods, for examples and docs: `cfi.ach`. */
  receiver(group: string): string;
}

export const MAIN_ENTRY: ClientEntry = { dir: '', runtime: './runtime', receiver: (group) => `cfi.${group}` };

/** The path of an entry's source file. */
export const entrySrc = (entry: ClientEntry, file: string) => clientSrc(entry.dir ? `${entry.dir}/${file}` : file);
