export {
  deactivateCoupon,
  defineEndpoint,
  type EndpointDefinition,
  type EndpointId,
  type EndpointInput,
  type EndpointOutput,
  type Endpoints,
  endpoints,
  type HttpMethod,
  rfc3339,
} from './schemas.js'
