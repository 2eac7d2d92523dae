/** The one API client of the web app, so the csrf token it remembers is shared by every page. */
import { createApiClient } from '../api/client.ts';

export const api = createApiClient();
