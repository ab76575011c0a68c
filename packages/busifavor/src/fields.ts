import { z } from 'zod'

// RFC 3339 with an offset; WeChat Pay answers sometimes carry milliseconds (2020-05-20T13:29:35.120+08:00).
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

/** An RFC 3339 date-time string, e.g. `2015-05-20T13:29:35+08:00`. */
export const rfc3339 = z.string().regex(RFC3339, 'must be RFC 3339 with an offset, e.g. 2015-05-20T13:29:35+08:00')
