// A guard against hangs, not a speed check: starting the app on a busy two-core machine takes seconds.
// (Jest 30 does not take `testTimeout` from a project's own configuration, so it is set here.)
jest.setTimeout(60_000);
