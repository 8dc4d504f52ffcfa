/** The examples offered beside the paste: an envelope, a task answer, a charge that does not match. */
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

export const EXAMPLES = [
  {
    label: 'Kling O1 (Omni) with an image and a video',
    text: pretty({
      model_name: 'kling-video-o1',
      prompt: 'Transform the source clip into a glossy ad-style reveal',
      aspect_ratio: '16:9',
      duration: 8,
      cfg_scale: 0.5,
      mode: 'pro',
      image: 'https://example.com/reference-1.jpg',
      video: 'https://example.com/source.mp4',
    }),
  },
  {
    label: 'With the task result',
    text: pretty({
      request: { model_name: 'kling-video-o1', mode: 'pro', duration: '10', prompt: 'A product turntable' },
      response: {
        code: 0,
        data: {
          task_status: 'succeed',
          created_at: 1795615500000,
          task_result: { videos: [{ id: 'v1', url: 'https://example.com/out.mp4', duration: '10.0' }] },
          final_unit_deduction: '8',
        },
      },
      charged_usd: '2.16',
    }),
  },
  {
    label: 'A charge at 1080p',
    text: pretty({
      model_name: 'kling-v3',
      mode: 'std',
      duration: 5,
      resolution: '1080p',
      prompt: 'A lighthouse at dusk',
      charged_usd: '0.49',
      created_at: '2026-11-28T09:12:30Z',
    }),
  },
] as const;
