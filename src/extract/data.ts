import { z } from 'zod';

/**
 * A data file (a lexicon, the shipped model) checked against its schema at load, so a typo in data/ (a hedge
 * category spelled "modals", a list where a map belongs) stops the program with the file and the path of the
 * mistake, instead of typing wrong through an `as` cast. Every lexicon carries `source` and `note`: where its
 * words came from.
 */
export function parseData<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: not as expected\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The provenance every lexicon file states. */
export const provenance = { source: z.string().min(1), note: z.string().optional() };

export const words = z.array(z.string().min(1));
