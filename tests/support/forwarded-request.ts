/**
 * One request the two-instances proxy (tests/support/two-instances.ts) forwarded, as it lists them
 * at GET /__lb/requests and as tests/two-instances reads them back.
 */
export interface Forwarded {
  method: string;
  path: string;
  instance: number;
  status: number;
  action: boolean;
}
