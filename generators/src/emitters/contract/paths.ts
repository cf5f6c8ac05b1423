// Where the contract kit lives and how its files are named; every contract emitter builds paths from here.
export const CONTRACT_DIR = 'generated/contract';
export const contractSrc = (file: string) => `${CONTRACT_DIR}/src/${file}`;
export const contractDist = (file: string) => `${CONTRACT_DIR}/dist/${file}`;
export const PACKAGE_NAME = '@connectfi/contract';
export const BIN_NAME = 'connectfi-contract';
