// `@api/busifavor/schemas`: the endpoint definitions and zod schemas alone, without the facade, so the sandbox and
// the docs generator can use them without pulling in the HTTP client.
export {
  defineEndpoint,
  type EndpointDefinition,
  type EndpointInput,
  type EndpointOutput,
  type HttpMethod,
} from './endpoint.js'
export { deactivateCoupon, type EndpointId, type Endpoints, endpoints } from './endpoints/index.js'
export { rfc3339 } from './fields.js'
