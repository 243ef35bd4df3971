/**
 * Workflow-run artifacts over REST: list a run's artifacts and stream one artifact's zip to a
 * file. The zip endpoint answers with a redirect to blob storage, which is fetched without the
 * token (the signed URL is the credential, and the token must not leave GitHub's API host).
 */
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InputError, PikaciError } from '../util/index.js';
import { DEFAULT_API_URL, httpStatus, octokitFor, splitRepository, type RestTarget } from './rest.js';

export interface RunArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  expires_at: string | null;
}

export async function listRunArtifacts(target: RestTarget, runId: number): Promise<RunArtifact[]> {
  const { owner, repo } = splitRepository(target.repository, '--repo');
  const octokit = await octokitFor(target);
  try {
    const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
      owner,
      repo,
      run_id: runId,
      per_page: 100,
    });
    return artifacts.map((artifact) => ({
      id: artifact.id,
      name: artifact.name,
      size_in_bytes: artifact.size_in_bytes,
      expired: artifact.expired,
      expires_at: artifact.expires_at ?? null,
    }));
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404) {
      throw new InputError(
        `workflow run ${runId} of ${target.repository} not found (HTTP 404 from ${target.apiUrl ?? DEFAULT_API_URL})`,
        {
          where: '--repo / --run-id',
          hint: 'check the repository name and the run id (the number in the run URL …/actions/runs/<id>); a private repository also answers 404 when the token cannot read it',
        },
      );
    }
    if (status === 401 || status === 403) {
      throw new InputError(
        `the token was refused listing artifacts of ${target.repository} (HTTP ${status})`,
        {
          where: 'GITHUB_TOKEN / GH_TOKEN',
          hint: 'use a token that can read Actions of this repository (`actions: read`, or `repo` for a classic token)',
        },
      );
    }
    throw new PikaciError(`listing the artifacts of run ${runId} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

export interface DownloadProgress {
  bytes: number;
  /** Content length when the server sent one. */
  total: number | null;
}

/** Stream artifact `artifactId`'s zip into `destFile`, reporting progress as bytes arrive. */
export async function downloadArtifactZip(
  target: RestTarget,
  artifact: Pick<RunArtifact, 'id' | 'name'>,
  destFile: string,
  onProgress: (progress: DownloadProgress) => void = () => undefined,
): Promise<number> {
  const { owner, repo } = splitRepository(target.repository, '--repo');
  const base = (target.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const url = `${base}/repos/${owner}/${repo}/actions/artifacts/${artifact.id}/zip`;
  let response = await fetch(url, {
    redirect: 'manual',
    headers: {
      authorization: `Bearer ${target.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'pikaci-download',
    },
  });
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location');
    if (!location)
      throw new PikaciError(
        `artifact ${artifact.name}: redirect without a location (HTTP ${response.status})`,
      );
    response = await fetch(new URL(location, url));
  }
  if (response.status === 410) {
    throw new PikaciError(`artifact ${artifact.name} has expired (HTTP 410)`, {
      hint: 'artifacts are kept for the retention period only (`retention-days`); rerun the lane to get a new one',
    });
  }
  if (!response.ok || response.body === null) {
    const detail = (await response.text().catch(() => '')).slice(0, 300);
    throw new PikaciError(
      `downloading artifact ${artifact.name} failed (HTTP ${response.status}) ${detail}`.trim(),
    );
  }
  const lengthHeader = response.headers.get('content-length');
  const total = lengthHeader === null ? null : Number(lengthHeader);
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      onProgress({ bytes, total });
      callback(null, chunk);
    },
  });
  await pipeline(
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
    counter,
    createWriteStream(destFile),
  );
  return bytes;
}
