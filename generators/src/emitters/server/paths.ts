// Where the server package lives and how its files are named; every server emitter builds paths from here.
export const SERVER_DIR = 'generated/server';
export const serverSrc = (file: string) => `${SERVER_DIR}/src/${file}`;
export const serverDist = (file: string) => `${SERVER_DIR}/dist/${file}`;
export const PACKAGE_NAME = '@connectfi/server';
