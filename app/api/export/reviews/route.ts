// GET /api/export/reviews?format=csv|json – the signed-in user's whole review history, streamed.
import { exportResponse } from "../export-response";

export const GET = exportResponse("reviews");
