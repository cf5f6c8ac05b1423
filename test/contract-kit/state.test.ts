// Stateful providers, through the kit's programmatic API (the same `verify` the bin runs): a get by id of a record
// the provider does not hold is "needs state" while the contract states no behaviour; once it states which
// operation creates the record and where the get looks it up, the kit creates it first and the check must pass.
// Sandbox triggers: with --sandbox, an example that reproduces one must answer the trigger's documented outcome.
// The shipped spec now states behaviour and triggers (x-connectfi-behaviour, x-connectfi-sandbox); each test sets the
// facts it is about on a copy of the table, so it does not depend on which facts the spec happens to state.
import { loadKit, verify, type ContractTable } from '@connectfi/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN, PASSWORD, startProvider, type Provider } from './support/providers.ts';

/** Cards registered through cardRegister, read back by cardGet; an unknown id is the documented `cardNotFound`. */
function cardStore(options: { refuseRegistration?: boolean } = {}) {
  const cards = new Set<string>();
  const gets: string[] = [];
  return {
    cards,
    gets,
    overrides: {
      cardRegister: (examples: any) => {
        if (options.refuseRegistration) return { status: 400, body: examples.error('400', 'referenceExists') };
        const answer = examples.success();
        answer.data.cFiCardId = `tcrd_${Math.random().toString(36).slice(2, 13).padEnd(11, '0')}${'k'.repeat(11)}`;
        cards.add(answer.data.cFiCardId);
        return { status: 200, body: answer };
      },
      cardGet: (examples: any, input: any) => {
        gets.push(input.params.cardId);
        if (!cards.has(input.params.cardId)) return { status: 400, body: examples.error('400', 'cardNotFound') };
        const answer = examples.success();
        answer.data.cFiCardId = input.params.cardId;
        return { status: 200, body: answer };
      },
    },
  };
}

/** The shipped table without the card operations' behaviour and prerequisites: the contract as if it stated none. */
function withoutCardFacts(table: ContractTable): ContractTable {
  const copy = structuredClone(table);
  for (const op of copy.operations.filter((o) => o.operationId === 'cardRegister' || o.operationId === 'cardGet')) {
    delete op.behaviour;
    op.prerequisites = [];
  }
  return copy;
}

/** The shipped table with a fixed set of card behaviour facts (`x-connectfi-behaviour`, `x-connectfi-resources`). */
function withCardBehaviour(table: ContractTable): ContractTable {
  const copy = structuredClone(table);
  copy.operations.find((o) => o.operationId === 'cardRegister')!.behaviour = { kind: 'create', resource: 'Card' };
  const get = copy.operations.find((o) => o.operationId === 'cardGet')!;
  get.behaviour = { kind: 'get', resource: 'Card', lookup: 'path.cardId' };
  // Only the behaviour's lookup says which record the get reads (the spec's prerequisite names its own resource).
  get.prerequisites = [];
  copy.resources = [{ name: 'Card', idField: 'cFiCardId', creators: ['cardRegister'] }];
  return copy;
}

describe('verify against a stateful provider', () => {
  let provider: Provider | undefined;
  afterEach(() => provider?.close());
  const { table, validators } = loadKit();
  const run = (t: ContractTable, url: string) => verify(t, validators, { target: url, credentials: { login: LOGIN, password: PASSWORD }, only: ['cardGet'] });

  it('reports the get "needs state", with the documented refusal and why, while the contract states no behaviour', async () => {
    const store = cardStore();
    provider = await startProvider(store.overrides);
    const report = await run(withoutCardFacts(table), provider.url);
    const [result] = report.results;
    expect(result.verdict).toBe('needs state');
    expect(result.checks.find((c) => c.name.startsWith('example'))!.problems[0]).toMatch(/answered 400 cardNotFound \(documented\): .*states no behaviour for cardGet/);
  });

  it('creates the record first through the documented creation and reads it back by its new id', async () => {
    const store = cardStore();
    provider = await startProvider(store.overrides);
    const report = await run(withCardBehaviour(table), provider.url);
    expect(report.results.map((r) => [r.name, r.verdict, r.checks.filter((c) => c.verdict !== 'passed')])).toEqual([['cardGet', 'passed', []]]);
    expect(store.cards.size).toBeGreaterThan(0);
    expect(store.gets.filter((id) => store.cards.has(id))).toHaveLength(store.cards.size);
  });

  it('with the behaviour the shipped spec states, creates the card first through cardRegister and passes', async () => {
    const store = cardStore();
    provider = await startProvider(store.overrides);
    const report = await run(table, provider.url);
    expect(report.results.map((r) => [r.name, r.verdict, r.checks.filter((c) => c.verdict !== 'passed')])).toEqual([['cardGet', 'passed', []]]);
    expect(store.gets.filter((id) => store.cards.has(id))).toHaveLength(store.cards.size);
  });

  it('says why when the creation it needs fails, and fails a refusal of the record it did create', async () => {
    const refusing = cardStore({ refuseRegistration: true });
    provider = await startProvider(refusing.overrides);
    const [refused] = (await run(withCardBehaviour(table), provider.url)).results;
    expect(refused.verdict).toBe('needs state');
    expect(refused.checks[0].problems[0]).toMatch(/creating the Card it needs through cardRegister \(example \w+\) failed: answered 400 referenceExists; the example answered 400 cardNotFound/);
    await provider.close();

    const forgetful = cardStore();
    provider = await startProvider({ ...forgetful.overrides, cardGet: (examples: any) => ({ status: 400, body: examples.error('400', 'cardNotFound') }) });
    const [forgot] = (await run(withCardBehaviour(table), provider.url)).results;
    expect(forgot.verdict).toBe('failed');
    expect(forgot.checks[0].problems[0]).toMatch(/answered 400 cardNotFound on a record created for it \(on Card tcrd_\w+ through cardRegister\)/);
  });
});

/** The shipped table with one sandbox trigger on achCreate, on its `debit` example, in place of the ones it states. */
function withDebitTrigger(table: ContractTable): ContractTable {
  const copy = structuredClone(table);
  const positives = copy.operations.find((o) => o.operationId === 'achCreate')!.positives;
  for (const positive of positives) delete positive.trigger;
  const debit = positives.find((p) => p.example === 'debit')!;
  debit.trigger = { when: 'a debit in the sandbox', outcome: { error: { status: '400', code: 'achVerify' } } };
  return copy;
}

describe('verify against a sandbox, with the triggers the spec states', () => {
  let provider: Provider | undefined;
  afterEach(() => provider?.close());
  const { table, validators } = loadKit();
  const debitBody = table.operations.find((o) => o.operationId === 'achCreate')!.positives.find((p) => p.example === 'debit')!.request.body as any;
  const isDebit = (body: any) => body?.transactionType === debitBody.transactionType && body?.amount === debitBody.amount;
  const run = (url: string, sandbox: boolean) => verify(withDebitTrigger(table), validators, { target: url, credentials: { login: LOGIN, password: PASSWORD }, only: ['achCreate'], sandbox });

  it("passes a sandbox that answers the trigger's documented error, with or without --sandbox", async () => {
    provider = await startProvider({
      achCreate: (examples, input) => (isDebit(input.body) ? { status: 400, body: examples.error('400', 'achVerify') } : { status: 200, body: examples.success() }),
    });
    expect((await run(provider.url, true)).results[0].verdict).toBe('passed');
    expect((await run(provider.url, false)).results[0].verdict).toBe('passed');
  });

  it('with --sandbox, fails a target that accepts the trigger example, naming the trigger', async () => {
    provider = await startProvider({});
    const [result] = (await run(provider.url, true)).results;
    expect(result.verdict).toBe('failed');
    expect(result.checks.find((c) => c.name === 'example debit')!.problems[0]).toMatch(/reproduces the sandbox trigger "a debit in the sandbox", documented to answer 400 achVerify; answered 200 0/);
    expect((await run(provider.url, false)).results[0].verdict).toBe('passed');
  });
});
