/** A job's environment: the allow-list, the CI context and its declared secrets, nothing else. */
import { afterEach, describe, expect, it } from '@jest/globals';
import type { JobSpec } from '../../src/model/index.js';
import { jobEnvironment } from '../../src/runtime/index.js';
import { clearSecrets, redactText } from '../../src/util/redact.js';
import { hostJob, jobSpec } from '../support/jobs.js';

afterEach(() => clearSecrets());

function job(secrets?: string[], passEnv?: string[]): JobSpec {
  return jobSpec(
    'j',
    hostJob('true', {
      timeout_secs: 10,
      ...(secrets === undefined ? {} : { secrets }),
      ...(passEnv === undefined ? {} : { pass_env: passEnv }),
    }),
  );
}

const RUNNER_ENV = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  LC_ALL: 'C.UTF-8',
  CI: 'true',
  GITHUB_SHA: 'abc123',
  GITHUB_OUTPUT: '/tmp/output',
  GITHUB_TOKEN: 'ghs_do-not-pass',
  'INPUT_SSH-KEY': '-----BEGIN KEY-----',
  INPUT_TOKEN: 'ghs_input',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token',
  PIKA_NSEC: 'nsec1-the-secret-value',
  OTHER: 'not asked for',
};

describe('jobEnvironment', () => {
  it('keeps the allow-list and the CI context, drops inputs, runner tokens and everything else', () => {
    const env = jobEnvironment(job(), RUNNER_ENV);
    expect(env.host).toEqual({ PATH: '/usr/bin:/bin', HOME: '/home/runner', LC_ALL: 'C.UTF-8' });
    expect(env.context).toEqual({ CI: 'true', GITHUB_SHA: 'abc123' });
    expect(env.secrets).toEqual({});
    expect(env.passed).toEqual({});
  });

  it('passes `pass_env` variables that are set, without registering them as secrets', () => {
    const env = jobEnvironment(job(undefined, ['OTHER', 'UNSET_ONE']), RUNNER_ENV);
    expect(env.passed).toEqual({ OTHER: 'not asked for' });
    expect(redactText('not asked for')).toBe('not asked for');
    expect(() => job(undefined, ['ACTIONS_RUNTIME_TOKEN'])).toThrow(/never passed to a job/);
  });

  it('passes a declared secret and registers its value for redaction', () => {
    const env = jobEnvironment(job(['PIKA_NSEC']), RUNNER_ENV);
    expect(env.secrets).toEqual({ PIKA_NSEC: 'nsec1-the-secret-value' });
    expect(redactText('got nsec1-the-secret-value')).toBe('got ***');
  });

  it('fails a job whose declared secret is not set, naming it and how to set it', () => {
    expect(() => jobEnvironment(job(['PIKA_NSEC', 'MISSING_ONE']), { ...RUNNER_ENV, PIKA_NSEC: '' })).toThrow(
      'job `j` asks for the secrets `PIKA_NSEC`, `MISSING_ONE`, which are not set',
    );
  });

  it('the catalog cannot ask for the runner’s own variables', () => {
    expect(() => job(['INPUT_SSH-KEY'])).toThrow();
    expect(() => job(['ACTIONS_RUNTIME_TOKEN'])).toThrow(/never passed to a job/);
    expect(() => job(['input_token'])).toThrow(/never passed to a job/);
  });
});
