// The contract table's shape: everything the generator worked out from the IR (requests, documented responses,
// negative cases already proven invalid against the schemas, behaviour facts), as data this runtime interprets.
// The generated `contract.ts` is one `ContractTable`.
export {};
