/**
 * An in-memory Word for the tests and the browser demo: the part of Word's
 * object model that src/word/api.ts describes, with Office.js semantics where
 * they matter to the adapter (fake/context.ts: batches; fake/proxy.ts,
 * paragraph.ts, range.ts, body.ts: the objects) and the
 * failures Word is documented or reported to have, as switches
 * (fake/failures.ts). Every sync is counted and every change recorded.
 */
export { FakeDocument, type FakePara, type FakeCC, type FakeComment } from './fake/document';
export { FakeContext, fakeRun } from './fake/context';
export { FAILURES, WEB, DESKTOP, OfficeError, type Failures, type FailureName } from './fake/failures';
