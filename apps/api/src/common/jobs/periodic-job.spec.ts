import { PeriodicJob } from './periodic-job';

const EVERY_MS = 1_000;
const terminated = () =>
  Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

class TestJob extends PeriodicJob {
  constructor(readonly runDue: jest.Mock<Promise<unknown>, []>) {
    super(true, EVERY_MS);
  }
}

describe('PeriodicJob', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('tries again at the next check after a run failed because the database was unavailable', async () => {
    const runDue = jest.fn<Promise<unknown>, []>().mockRejectedValueOnce(terminated()).mockResolvedValue(0);
    const job = new TestJob(runDue);
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(EVERY_MS);
    await jest.advanceTimersByTimeAsync(EVERY_MS);
    job.onApplicationShutdown();
    expect(runDue).toHaveBeenCalledTimes(2);
  });

  it('skips a check while the previous run is still busy', async () => {
    let finish!: () => void;
    const runDue = jest.fn(() => new Promise<unknown>((resolve) => (finish = () => resolve(0))));
    const job = new TestJob(runDue);
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(3 * EVERY_MS);
    expect(runDue).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(EVERY_MS);
    job.onApplicationShutdown();
    expect(runDue).toHaveBeenCalledTimes(2);
  });
});
